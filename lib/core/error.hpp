#pragma once
// The one exception hok throws: an environment failure (unreadable directory, no registry at all,
// a broken built-in file). Problems in the registry's data are findings, never exceptions.
// cli/main.cpp prints it once as `hok: error: …` and exits with code 2. An error an editor can
// meet carries its words as a catalogue message (core/message.hpp): main prints it in the run's
// language (run_catalog() in core/finding_catalog.hpp); what() is its English text.
#include <optional>
#include <stdexcept>
#include <string>

#include "core/message.hpp"

namespace hok {

class HokError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
  // The error's words as a message of the catalogues' cli namespace (`error.…`).
  explicit HokError(Message words);

  // The message, when the error was raised with one.
  const std::optional<Message>& words() const { return words_; }

 private:
  std::optional<Message> words_;
};

}  // namespace hok
