#pragma once
// The one exception hok throws: an environment failure (unreadable directory, no registry at all,
// a broken built-in file). Problems in the registry's data are findings, never exceptions.
// cli/main.cpp prints it once as `hok: error: …` and exits with code 2.
#include <stdexcept>

namespace hok {

class HokError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace hok
