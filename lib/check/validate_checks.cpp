#include "check/check.hpp"
#include "check/checks.hpp"

namespace hok {

const std::vector<Check>& validate_checks() {
  static const std::vector<Check> checks = {
      {"E005", check_id_filename},
      {"E006", check_duplicate_id},
      {"E007", check_unresolved_reference},
      {"E008", check_reference_kind},
      {"E009", check_cycle},
      {"E010", check_date_order},
      {"E013", check_unique_field},
      {"E014", check_unsafe_transfer},
      {"E015", check_holder_kind},
      {"E016", check_mailbox},
  };
  return checks;
}

}  // namespace hok
