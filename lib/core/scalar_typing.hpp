#pragma once
// Types a YAML scalar the YAML 1.2 core-schema way, from its text and style. yaml-cpp types
// nothing and its as<int> reads "0123" as octal, so hok never uses it for typing.
#include <string>

#include <nlohmann/json.hpp>

namespace hok {

// A quoted or block scalar is always a string; a plain one is null, bool, int, float or string
// by the YAML 1.2 core schema (`0114` is the integer 114, `yes` is a string).
nlohmann::json type_scalar(const std::string& value, bool plain);

// True for plain scalars that YAML 1.1 tools (and many editors' plug-ins) read as something other
// than the text: yes/no/on/off/y/n in any case, and numbers with a leading zero.
bool is_yaml11_ambiguous(const std::string& value);

}  // namespace hok
