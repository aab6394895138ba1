#include "core/text_order.hpp"

namespace hok {

std::string swedish_sort_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 'A' && c <= 'Z') {
      key += static_cast<char>(c - 'A' + 'a');
    } else if (c == '-') {
      key += ' ';
    } else if (c == 0xC3 && i + 1 < name.size()) {
      const unsigned char next = static_cast<unsigned char>(name[++i]);
      switch (next) {
        case 0x85: case 0xA5: key += '{'; break;  // Å å: after z
        case 0x84: case 0xA4: key += '|'; break;  // Ä ä
        case 0x96: case 0xB6: key += '}'; break;  // Ö ö
        case 0x89: case 0xA9: case 0x88: case 0xA8: key += 'e'; break;  // É é È è
        case 0x9C: case 0xBC: key += 'y'; break;  // Ü ü
        case 0x86: case 0xA6: key += '|'; break;  // Æ æ as ä
        case 0x98: case 0xB8: key += '}'; break;  // Ø ø as ö
        default:
          key += static_cast<char>(c);
          key += static_cast<char>(next);
      }
    } else {
      key += static_cast<char>(c);
    }
  }
  return key;
}

bool swedish_less(std::string_view a, std::string_view b) {
  const std::string ka = swedish_sort_key(a);
  const std::string kb = swedish_sort_key(b);
  if (ka != kb) return ka < kb;
  return a < b;
}

}  // namespace hok
