// "Beslut och åtgärder som behövs": the open gaps as tasks, grouped by who must act — the
// official steering group, the secretariat, a consultation group, a municipality, the Region —
// in plain sentences with the dates that exist; and the full list as an appendix, one table by
// municipality.
#include <algorithm>
#include <map>

#include "core/text_order.hpp"
#include "report/dated_state.hpp"
#include "report/report_context.hpp"

namespace hok {

namespace {

// Who must act, in the order the paper lists them.
enum class ActorRank { OfficialSteering, Secretariat, Group, Municipality, Region };

struct Action {
  ActorRank rank = ActorRank::OfficialSteering;
  std::string actor;         // the name a reader knows the actor by
  std::string code;          // the gap's rule: which sentence it takes
  std::string item;          // what it is about, by name
  std::string date;          // by when, when a date exists (YYYY-MM-DD)
  std::string municipality;  // for the appendix: the municipality concerned; empty: the county
};

class ActionCollector {
 public:
  explicit ActionCollector(const ReportContext& context) : context_(context), registry_(context.registry()) {
    for (const Group& group : registry_.groups) {
      if (group.type == "official-steering" && group.status != "decommissioned" && steering_.empty()) {
        steering_ = group.name.value_or(context.name(group.id));
      }
    }
    if (steering_.empty()) steering_ = context.text("actor_official_steering");
    const std::optional<std::string>& secretariat = registry_.settings.secretariat;
    const Group* group = secretariat ? registry_.group(*secretariat) : nullptr;
    secretariat_ = group ? group->name.value_or(context.name(group->id)) : context.text("actor_secretariat");
  }

  void add(const Finding& finding) {
    if (finding.waived_reason || !finding.subject) return;
    const std::string& subject = *finding.subject;
    const std::string& code = finding.code;
    if (code == "G001" || code == "G006" || code == "G007" || code == "G012") {
      push(ActorRank::OfficialSteering, steering_, code, subject);
    } else if (code == "G002") {
      const std::string municipality = municipality_of_area(subject);
      push(ActorRank::Municipality, context_.name(municipality), code, subject, "", municipality);
    } else if (code == "G003") {
      push(ActorRank::Region, context_.text("actor_region"), code, subject, "", municipality_of_area(subject));
    } else if (code == "G004" || code == "G005" || code == "G011") {
      // G005: each consultation group appoints its own nodes (the 2022 decision, 6.2).
      push(ActorRank::Group, context_.name(subject), code, subject);
    } else if (code == "G016" || code == "G017" || code == "G018") {
      push(ActorRank::Secretariat, secretariat_, code, subject);
    } else if (code == "G008" || code == "G009") {
      add_for_owner(code, subject);
    } else if (code == "G010") {
      add_adoptions(subject);
    } else if (code == "G013") {
      push(ActorRank::Municipality, context_.name(subject), code, subject, "", subject);
    } else if (code == "G014") {
      add_function_review(subject);
    } else if (code == "G015") {
      add_deviations(subject);
    } else {
      push(ActorRank::Secretariat, secretariat_, code, subject);
    }
  }

  std::vector<Action>& actions() { return actions_; }

 private:
  void push(ActorRank rank, std::string actor, const std::string& code, const std::string& subject,
            std::string date = "", std::string municipality = "") {
    push_named(rank, std::move(actor), code, context_.name(subject), std::move(date), std::move(municipality));
  }
  void push_named(ActorRank rank, std::string actor, const std::string& code, std::string item, std::string date,
                  std::string municipality) {
    Action action{rank, std::move(actor), code, std::move(item), std::move(date), std::move(municipality)};
    const bool seen = std::any_of(actions_.begin(), actions_.end(), [&](const Action& other) {
      return other.actor == action.actor && other.code == action.code && other.item == action.item;
    });
    if (!seen) actions_.push_back(std::move(action));
  }

  // A group acts in the part of its kind: the official steering group and the secretariat in
  // their own parts, every other group among the groups.
  static ActorRank rank_of(const Group& group) {
    if (group.type == "official-steering") return ActorRank::OfficialSteering;
    if (group.type == "secretariat") return ActorRank::Secretariat;
    return ActorRank::Group;
  }

  std::string municipality_of_area(const std::string& area) const {
    for (const District& district : registry_.districts) {
      if (district.id == area) return district.municipality;
    }
    return area;
  }

  // The agreement's owner acts on its follow-up and its review; without an owner, the official
  // steering group.
  void add_for_owner(const std::string& code, const std::string& id) {
    const Agreement* agreement = registry_.agreement(id);
    const Group* owner = agreement && agreement->owner ? registry_.group(*agreement->owner) : nullptr;
    std::string date;
    if (code == "G009" && agreement && agreement->review && agreement->review->next) date = *agreement->review->next;
    if (owner) {
      push(rank_of(*owner), context_.name(owner->id), code, id, date);
    } else {
      push(ActorRank::OfficialSteering, steering_, code, id, date);
    }
  }

  // Each municipality concerned that has no decision to adopt the agreement in the registry.
  void add_adoptions(const std::string& id) {
    const Agreement* agreement = registry_.agreement(id);
    if (!agreement) return;
    std::vector<std::string> concerned;
    for (const std::string& party : agreement->parties) {
      if (registry_.municipality(party)) concerned.push_back(party);
    }
    if (concerned.empty()) {
      for (const Municipality& municipality : registry_.municipalities) concerned.push_back(municipality.id);
    }
    for (const std::string& municipality : concerned) {
      const bool decided = agreement->adoption &&
                           std::any_of(agreement->adoption->decisions.begin(), agreement->adoption->decisions.end(),
                                       [&](const AdoptionDecision& decision) { return decision.party == municipality; });
      if (!decided) push(ActorRank::Municipality, context_.name(municipality), "G010", id, "", municipality);
    }
  }

  void add_function_review(const std::string& id) {
    for (const CoordinatingFunction& function : registry_.functions) {
      if (function.id != id) continue;
      const std::string municipality = municipality_of_area(function.area);
      push(ActorRank::Municipality, context_.name(municipality), "G014", id, function.review_by.value_or(""),
           municipality);
    }
  }

  // Each overdue deviation of the follow-up falls to its responsible group, else to whoever
  // carries the follow-up's subject, else to the secretariat.
  void add_deviations(const std::string& followup_id) {
    for (const Followup& followup : registry_.followups) {
      if (followup.id != followup_id) continue;
      for (const Deviation& deviation : followup.deviations) {
        std::optional<Date> due = deviation.due ? parse_date(*deviation.due) : std::nullopt;
        if (!due || !(*due < context_.as_of()) || !deviation_open_on(deviation, context_.as_of())) continue;
        std::string actor = secretariat_;
        ActorRank rank = ActorRank::Secretariat;
        const Agreement* agreement = registry_.agreement(followup.subject);
        const Group* group = deviation.responsible ? registry_.group(*deviation.responsible) : nullptr;
        if (!group && agreement && agreement->owner) group = registry_.group(*agreement->owner);
        if (!group) group = registry_.group(followup.subject);
        if (group) {
          actor = context_.name(group->id);
          rank = rank_of(*group);
        }
        push_named(rank, actor, "G015",
                   context_.text("deviation_of", {{"subject", context_.name(followup.subject)},
                                                  {"deviation", deviation.description}}),
                   *deviation.due, "");
      }
    }
  }

  const ReportContext& context_;
  const Registry& registry_;
  std::string steering_;
  std::string secretariat_;
  std::vector<Action> actions_;
};

std::vector<Action> collect_actions(const ReportContext& context, const GapReport& gaps) {
  ActionCollector collector(context);
  for (const Finding& finding : gaps.findings) collector.add(finding);
  std::vector<Action> actions = std::move(collector.actions());
  std::stable_sort(actions.begin(), actions.end(), [](const Action& a, const Action& b) {
    if (a.rank != b.rank) return a.rank < b.rank;
    if (a.actor != b.actor) return swedish_less(a.actor, b.actor);  // Österåker after Värmdö
    return a.code < b.code;
  });
  return actions;
}

// The sentence as it stands alone: "Utser ägare för …." (ASCII first letters; the sentences
// start with a verb).
std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// "A, B och C".
std::string joined(const ReportContext& context, const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text += i + 1 == items.size() ? " " + context.text("and") + " " : ", ";
    text += items[i];
  }
  return text;
}

// One item with its date: "Riktlinje X (senast 2025-06-30)".
std::string with_date(const ReportContext& context, const Action& action) {
  if (action.date.empty()) return action.item;
  return action.item + " (" + context.text("by_date", {{"date", action.date}}) + ")";
}

// The catalogue key for a kind of gap: in the appendix, its shorter wording where there is one
// (the appendix's intro says once what "utser" covers, instead of every row); a plan or goals for
// a year the report looks back on are asked of the year after ("_next"), as that year is over.
std::string action_key(const ReportContext& context, const std::string& code, bool appendix) {
  if (appendix && context.has_text("appendix_action_" + code)) return "appendix_action_" + code;
  const bool year_over = context.as_of() >= Date{context.year(), 12, 31};
  if (year_over && context.has_text("action_" + code + "_next")) return "action_" + code + "_next";
  return "action_" + code;
}

// The sentence for one actor and one kind of gap: the things by name when they are few, else
// their count.
std::string sentence(const ReportContext& context, const std::string& code, const std::vector<const Action*>& acts,
                     bool appendix = false) {
  constexpr std::size_t kNamed = 4;
  const std::string key = action_key(context, code, appendix);
  if (acts.size() > kNamed && context.has_text(key + "_many")) {
    return context.text(key + "_many", {{"count", std::to_string(acts.size())}, {"year", std::to_string(context.year())}});
  }
  std::vector<std::string> items;
  for (const Action* action : acts) items.push_back(with_date(context, *action));
  return context.text(context.has_text(key) ? key : "action_other",
                      {{"items", joined(context, items)},
                       {"gap", context.label("gap", code)},
                       {"year", std::to_string(context.year())},
                       {"next_year", std::to_string(context.year() + 1)}});
}

// One sentence per actor and kind of gap, in the actions' order (sorted by collect_actions):
// (actor, rank, "utser ägare för …").
struct Sentence {
  ActorRank rank;
  std::string actor;
  std::string text;
};
std::vector<Sentence> sentences(const ReportContext& context, const std::vector<const Action*>& actions,
                                bool appendix = false) {
  std::vector<Sentence> result;
  for (std::size_t i = 0; i < actions.size();) {
    std::size_t end = i;
    while (end < actions.size() && actions[end]->actor == actions[i]->actor &&
           actions[end]->code == actions[i]->code && actions[end]->rank == actions[i]->rank)
      ++end;
    std::vector<const Action*> same(actions.begin() + i, actions.begin() + end);
    result.push_back({actions[i]->rank, actions[i]->actor, sentence(context, actions[i]->code, same, appendix)});
    i = end;
  }
  return result;
}

}  // namespace

// "No decisions are needed" would be false while gaps the secretariat has accepted for the time
// being remain: then the sentence says that none calls for a decision, and how many are accepted.
std::string no_actions_text(const ReportContext& context, const GapReport& gaps) {
  const int waived = gaps.waived();
  const std::string as_of = format_date(gaps.as_of);
  if (waived == 0) return context.text("no_actions", {{"as_of", as_of}});
  return context.text(waived == 1 ? "no_actions_waived_one" : "no_actions_waived",
                      {{"as_of", as_of}, {"waived", std::to_string(waived)}});
}

Section actions_section(const ReportContext& context, const GapReport& gaps) {
  Section section = context.section("actions", "actions");
  std::vector<Action> actions = collect_actions(context, gaps);
  if (actions.empty()) {
    section.note(no_actions_text(context, gaps));
    return section;
  }
  section.paragraph(context.text("actions_intro", {{"as_of", format_date(gaps.as_of)}}));
  section.paragraph(context.text("actions_note"));
  std::vector<const Action*> all;
  for (const Action& action : actions) all.push_back(&action);
  // One part per kind of actor; one sentence per actor and kind of gap.
  std::map<ActorRank, Section> by_rank;
  for (const Sentence& line : sentences(context, all)) {
    if (line.rank != ActorRank::Municipality) by_rank[line.rank].item(text_cell(line.actor + " " + line.text));
  }
  // The municipalities are many: one sentence per kind of task, naming them; the appendix has
  // each municipality's own.
  std::map<std::string, std::vector<const Action*>> municipal;  // code → its actions
  for (const Action& action : actions) {
    if (action.rank == ActorRank::Municipality) municipal[action.code].push_back(&action);
  }
  for (const auto& [code, acts] : municipal) {
    std::vector<std::string> names;
    for (const Action* action : acts) {
      if (std::find(names.begin(), names.end(), action->actor) == names.end()) names.push_back(action->actor);
    }
    if (names.size() == 1) {
      for (const Sentence& line : sentences(context, acts)) by_rank[line.rank].item(text_cell(line.actor + " " + line.text));
      continue;
    }
    const std::string key = "municipalities_" + code;
    by_rank[ActorRank::Municipality].item(text_cell(context.text(
        context.has_text(key) ? key : "municipalities_other",
        {{"count", std::to_string(names.size())}, {"things", std::to_string(acts.size())},
         {"names", joined(context, names)}, {"gap", context.label("gap", code)}})));
  }
  const char* headings[] = {"actor_heading_official_steering", "actor_heading_secretariat", "actor_heading_groups",
                            "actor_heading_municipalities", "actor_heading_region"};
  const char* anchors[] = {"actions-steering", "actions-secretariat", "actions-groups", "actions-municipalities",
                           "actions-region"};
  for (auto& [rank, part] : by_rank) {
    part.heading = context.text(headings[static_cast<int>(rank)]);
    part.anchor = anchors[static_cast<int>(rank)];
    section.subsections.push_back(std::move(part));
  }
  return section;
}

Section actions_appendix(const ReportContext& context, const GapReport& gaps) {
  Section section = context.section("appendix_actions", "appendix-actions");
  std::vector<Action> actions = collect_actions(context, gaps);
  if (actions.empty()) {
    section.note(no_actions_text(context, gaps));
    return section;
  }
  section.paragraph(context.text("appendix_actions_intro", {{"as_of", format_date(gaps.as_of)}}));
  // By municipality (in name order; what concerns the county as a whole first), one row per
  // actor, its tasks in sentences.
  std::map<std::string, std::vector<const Action*>, SwedishLess> by_municipality;
  for (const Action& action : actions) {
    by_municipality[action.municipality.empty() ? "" : context.name(action.municipality)].push_back(&action);
  }
  Table table;
  table.headers = {context.text("column_municipality"), context.text("column_who"), context.text("column_what")};
  for (const auto& entry : by_municipality) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    const auto& municipality = entry.first;
    const auto& rows = entry.second;
    std::string actor;
    std::string what;
    auto flush = [&] {
      if (actor.empty()) return;
      // The municipality's own tasks: "Botkyrka | Kommunen", not the name twice over.
      const std::string who = actor == municipality ? context.text("the_municipality") : actor;
      table.rows.push_back({municipality.empty() ? muted_cell(context.text("whole_county")) : text_cell(municipality),
                            text_cell(who), text_cell(what)});
    };
    for (const Sentence& line : sentences(context, rows, true)) {
      if (line.actor != actor) {
        flush();
        actor = line.actor;
        what.clear();
      }
      what += (what.empty() ? "" : " ") + capitalised(line.text);
    }
    flush();
  }
  section.add(std::move(table));
  return section;
}

}  // namespace hok
