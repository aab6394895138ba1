#include "gaps/gap_check.hpp"

namespace hok {

const std::vector<GapCheck>& gap_checks() {
  static const std::vector<GapCheck> checks = {
      {"G001", gap_agreement_owner},
      {"G002", gap_area_ksa},
      {"G003", gap_area_gsa},
      {"G004", gap_group_not_established},
      {"G005", gap_secretariat_node},
      {"G006", gap_secretariat_balance},
      {"G007", gap_legacy_transfer},
      {"G008", gap_follow_up_overdue},
      {"G009", gap_review_overdue, upcoming_review_overdue},
      {"G010", gap_adoption_missing},
      {"G011", gap_annual_plan_missing},
      {"G012", gap_plan_breakdown},
      {"G013", gap_representation},
      {"G014", gap_function_review, upcoming_function_review},
      {"G015", gap_deviation_open, upcoming_deviation_open},
      {"G018", gap_adoption_undated},
  };
  return checks;
}

}  // namespace hok
