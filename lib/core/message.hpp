#pragma once
// A message as data: a catalogue key and named arguments, turned into text in one language by a
// FindingCatalog. Arguments are literal text (ids, dates, numbers, field names: never
// translated), nested messages (phrases such as "a group"), or lists of messages joined with
// "and" or "or" in the catalogue's language.
#include <concepts>
#include <initializer_list>
#include <string>
#include <vector>

namespace hok {

struct MessageArg;

struct Message {
  enum class Join { None, And, Or };

  std::string key;   // catalogue key ("E007.message"); empty for literal text or a list
  std::string text;  // the literal text when key is empty and join is None
  std::vector<MessageArg> args;
  Join join = Join::None;       // And/Or: the message is the list `items`
  std::vector<Message> items;

  // True for a default-constructed message (no key, no text, not a list).
  bool empty() const;
};

// One named placeholder's value: `{field}` in the catalogue text is replaced by `value`.
struct MessageArg {
  std::string name;
  Message value;

  MessageArg(std::string arg_name, Message arg_value);
  MessageArg(std::string arg_name, std::string arg_text);
  MessageArg(std::string arg_name, const char* arg_text);
  template <std::integral Number>
  MessageArg(std::string arg_name, Number number) : MessageArg(std::move(arg_name), std::to_string(number)) {}
};

bool operator==(const Message& a, const Message& b);
bool operator==(const MessageArg& a, const MessageArg& b);

// The message with catalogue key `key` and its arguments.
Message message(std::string key, std::initializer_list<MessageArg> args = {});
Message message(std::string key, std::vector<MessageArg> args);
// Text put into a message as it is (an id, a date, a field name).
Message literal(std::string text);
// "a, b and c" / "a, b och c"; the single item for one.
Message list_and(std::vector<Message> items);
// "a, b or c" / "a, b eller c".
Message list_or(std::vector<Message> items);
// Literal items, for lists of ids or names.
std::vector<Message> literals(const std::vector<std::string>& texts);
// `key` + ".one" when count is 1, else `key` + ".other", with `count` as an argument.
Message plural(const std::string& key, long long count, std::initializer_list<MessageArg> args = {});

// Every catalogue key the message uses, itself and nested (for tests).
void collect_keys(const Message& message, std::vector<std::string>& keys);

}  // namespace hok
