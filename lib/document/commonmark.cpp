#include "document/commonmark.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <vector>

#include "document/url_policy.hpp"

namespace hok {

namespace {

// CMARK_OPT_SAFE is the default in cmark-gfm 0.29 (raw HTML is replaced by a comment unless
// CMARK_OPT_UNSAFE is given); it is named here so the intent survives a library change.
constexpr int parse_options = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE;
constexpr const char* extension_names[] = {"table", "strikethrough", "autolink", "tagfilter"};

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct FreeDeleter {
  void operator()(char* text) const { free(text); }  // NOLINT: cmark allocates with malloc
};

using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

ParserPtr new_parser() {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  ParserPtr parser(cmark_parser_new(parse_options));
  for (const char* name : extension_names) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  return parser;
}

cmark_node* text_node(const char* literal) {
  cmark_node* node = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(node, literal == nullptr ? "" : literal);
  return node;
}

// Moves a node's children in front of it, then removes it: a link that may not be a link
// keeps its text.
void unwrap(cmark_node* node) {
  while (cmark_node* child = cmark_node_first_child(node)) {
    cmark_node_unlink(child);
    cmark_node_insert_before(node, child);
  }
  cmark_node_unlink(node);
  cmark_node_free(node);
}

bool inside_link(cmark_node* node) {
  for (cmark_node* parent = cmark_node_parent(node); parent != nullptr; parent = cmark_node_parent(parent)) {
    if (cmark_node_get_type(parent) == CMARK_NODE_LINK) return true;
  }
  return false;
}

void make_safe(cmark_node* document, int min_heading_level) {
  std::vector<cmark_node*> nodes;
  cmark_iter* iter = cmark_iter_new(document);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (event == CMARK_EVENT_ENTER) nodes.push_back(cmark_iter_get_node(iter));
  }
  cmark_iter_free(iter);
  // Children come after their parents in `nodes`; walking backwards edits leaves first.
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
    cmark_node* node = *it;
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HTML_BLOCK: {
        cmark_node* paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node_append_child(paragraph, text_node(cmark_node_get_literal(node)));
        cmark_node_replace(node, paragraph);
        cmark_node_free(node);
        break;
      }
      case CMARK_NODE_HTML_INLINE: {
        cmark_node_replace(node, text_node(cmark_node_get_literal(node)));
        cmark_node_free(node);
        break;
      }
      case CMARK_NODE_IMAGE: {
        const char* url = cmark_node_get_url(node);
        auto safe = safe_link_url(url == nullptr ? "" : url);
        if (!safe || inside_link(node)) {  // a link inside a link is not HTML: keep the alt text
          unwrap(node);
          break;
        }
        cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
        cmark_node_set_url(link, safe->c_str());
        while (cmark_node* child = cmark_node_first_child(node)) {
          cmark_node_unlink(child);
          cmark_node_append_child(link, child);
        }
        if (cmark_node_first_child(link) == nullptr) cmark_node_append_child(link, text_node(safe->c_str()));
        cmark_node_replace(node, link);
        cmark_node_free(node);
        break;
      }
      case CMARK_NODE_LINK: {
        const char* url = cmark_node_get_url(node);
        auto safe = safe_link_url(url == nullptr ? "" : url);
        if (safe) {
          cmark_node_set_url(node, safe->c_str());
        } else {
          unwrap(node);
        }
        break;
      }
      case CMARK_NODE_HEADING:
        cmark_node_set_heading_level(
            node, std::min(6, cmark_node_get_heading_level(node) + min_heading_level - 1));
        break;
      default:
        break;
    }
  }
}

NodePtr parse_safe(cmark_parser* parser, std::string_view markdown, int min_heading_level) {
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  NodePtr document(cmark_parser_finish(parser));
  make_safe(document.get(), min_heading_level);
  return document;
}

std::string take(char* rendered) {
  std::unique_ptr<char, FreeDeleter> owned(rendered);
  return owned ? std::string(owned.get()) : std::string();
}

}  // namespace

std::string commonmark_to_html(std::string_view markdown, int min_heading_level) {
  ParserPtr parser = new_parser();
  NodePtr document = parse_safe(parser.get(), markdown, min_heading_level);
  return take(cmark_render_html(document.get(), parse_options, cmark_parser_get_syntax_extensions(parser.get())));
}

std::string commonmark_to_markdown(std::string_view markdown, int min_heading_level) {
  ParserPtr parser = new_parser();
  NodePtr document = parse_safe(parser.get(), markdown, min_heading_level);
  return take(cmark_render_commonmark(document.get(), parse_options, 0));
}

}  // namespace hok
