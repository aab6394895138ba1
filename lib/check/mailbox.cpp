// E016: a contact's functional mailbox that is not an email address. The portal publishes every
// mailbox as a `mailto:` link, so a typo there sends the reader's question nowhere. The check is
// hok's own rather than a schema pattern so that the message can say what is wrong with the
// address ("mailto:" written in, a space, no "@", no domain) and how to write it.
#include <string_view>

#include "check/checks.hpp"

namespace hok {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool starts_with_mailto(std::string_view address) {
  if (address.size() < 7) return false;
  std::string prefix(address.substr(0, 7));
  for (char& c : prefix) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return prefix == "mailto:";
}

// A host name: labels of letters, digits, hyphens or non-ASCII bytes (an internationalised name
// such as "vårdsamverkan.se"), separated by single dots, at least two labels.
bool is_domain(std::string_view domain) {
  if (domain.empty() || domain.front() == '.' || domain.back() == '.') return false;
  bool has_dot = false;
  char previous = '\0';
  for (char c : domain) {
    const auto byte = static_cast<unsigned char>(c);
    const bool label_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                            c == '-' || byte >= 0x80;
    if (c == '.') {
      if (previous == '.') return false;
      has_dot = true;
    } else if (!label_char) {
      return false;
    }
    previous = c;
  }
  return has_dot;
}

// The catalogue key of what is wrong with `address` ("E016.reason.space"); empty when it is one.
std::string mailbox_problem(std::string_view address) {
  if (starts_with_mailto(address)) return "E016.reason.mailto";
  for (char c : address) {
    if (is_space(c)) return "E016.reason.space";
  }
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos) return "E016.reason.no_at";
  if (address.find('@', at + 1) != std::string_view::npos) return "E016.reason.two_at";
  if (at == 0) return "E016.reason.no_name";
  if (!is_domain(address.substr(at + 1))) return "E016.reason.domain";
  return "";
}

void check_contact(const RecordBase& record, const std::optional<Contact>& contact, FindingSink& sink) {
  if (!contact || !contact->mailbox) return;
  const std::string problem = mailbox_problem(*contact->mailbox);
  if (problem.empty()) return;
  sink.add("E016", record.source->value_location(contact->pointer),
           message("E016.message", {{"mailbox", *contact->mailbox}, {"problem", message(problem)}}),
           message("E016.hint"), record.id);
}

}  // namespace

bool is_mailbox(std::string_view address) { return mailbox_problem(address).empty(); }

void check_mailbox(const Registry& registry, FindingSink& sink) {
  for (const Group& group : registry.groups) check_contact(group, group.contact, sink);
  for (const CoordinatingFunction& function : registry.functions) check_contact(function, function.contact, sink);
}

}  // namespace hok
