#include "core/message.hpp"

namespace hok {

bool Message::empty() const { return key.empty() && text.empty() && join == Join::None && items.empty(); }

MessageArg::MessageArg(std::string arg_name, Message arg_value)
    : name(std::move(arg_name)), value(std::move(arg_value)) {}
MessageArg::MessageArg(std::string arg_name, std::string arg_text)
    : name(std::move(arg_name)), value(literal(std::move(arg_text))) {}
MessageArg::MessageArg(std::string arg_name, const char* arg_text)
    : name(std::move(arg_name)), value(literal(arg_text)) {}

bool operator==(const Message& a, const Message& b) {
  return a.key == b.key && a.text == b.text && a.join == b.join && a.args == b.args && a.items == b.items;
}

bool operator==(const MessageArg& a, const MessageArg& b) { return a.name == b.name && a.value == b.value; }

Message message(std::string key, std::initializer_list<MessageArg> args) {
  return message(std::move(key), std::vector<MessageArg>(args));
}

Message message(std::string key, std::vector<MessageArg> args) {
  Message result;
  result.key = std::move(key);
  result.args = std::move(args);
  return result;
}

Message literal(std::string text) {
  Message result;
  result.text = std::move(text);
  return result;
}

namespace {

Message list(Message::Join join, std::vector<Message> items) {
  if (items.size() == 1) return std::move(items.front());
  Message result;
  result.join = join;
  result.items = std::move(items);
  return result;
}

}  // namespace

Message list_and(std::vector<Message> items) { return list(Message::Join::And, std::move(items)); }
Message list_or(std::vector<Message> items) { return list(Message::Join::Or, std::move(items)); }

std::vector<Message> literals(const std::vector<std::string>& texts) {
  std::vector<Message> result;
  result.reserve(texts.size());
  for (const std::string& text : texts) result.push_back(literal(text));
  return result;
}

Message plural(const std::string& key, long long count, std::initializer_list<MessageArg> args) {
  std::vector<MessageArg> all(args);
  all.emplace_back("count", count);
  return message(key + (count == 1 ? ".one" : ".other"), std::move(all));
}

void collect_keys(const Message& message, std::vector<std::string>& keys) {
  if (!message.key.empty()) keys.push_back(message.key);
  if (message.join != Message::Join::None) keys.push_back(message.join == Message::Join::And ? "list.and" : "list.or");
  for (const MessageArg& arg : message.args) collect_keys(arg.value, keys);
  for (const Message& item : message.items) collect_keys(item, keys);
}

}  // namespace hok
