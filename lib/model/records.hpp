#pragma once
// Typed records, one struct per kind, built from a file's JSON after schema validation.
// Optional fields are std::optional / empty vectors; dates stay ISO strings ("2024-03-01"),
// which compare correctly as strings. Every record keeps its SourceFile so a check can point at
// any field: `record.source->value_location("/owner")`.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/source_file.hpp"

namespace hok {

enum class Kind {
  Municipality, District, Subregion, Organisation, Person, Group, Agreement, Function, Followup, Plan
};

// Directory name of a kind ("municipalities").
const char* kind_directory(Kind kind);
// Singular English noun for messages ("municipality").
const char* kind_noun(Kind kind);
// Kind from its directory name; nullopt for anything else.
std::optional<Kind> kind_from_directory(const std::string& directory);
const std::vector<Kind>& all_kinds();

struct RecordBase {
  std::string id;
  Kind kind = Kind::Municipality;
  SourceFilePtr source;
  std::optional<std::string> name;         // `name`, or `title` for agreements and plans
  std::optional<std::string> description;
};

struct Municipality : RecordBase {
  std::string code;
  std::string subregion;
  std::optional<std::string> coordination_by;
  std::optional<std::string> website;
};

struct District : RecordBase {
  std::string municipality;
};

struct Subregion : RecordBase {};

struct Organisation : RecordBase {
  std::optional<std::string> short_name;
  std::string type;  // region, administration, care-provider, care-centre, …
  std::string side;  // region, municipal, joint, other
  std::optional<std::string> parent;
  std::optional<std::string> municipality;
  std::optional<std::string> website;
};

struct Person : RecordBase {
  std::string organisation;
  std::optional<std::string> title;
  std::optional<std::string> email;
};

struct Seat {
  std::string org;
  std::optional<std::string> person;
  std::optional<std::string> role;
  int count = 1;
  std::string pointer;  // where the seat is, e.g. "/members/2"
};

struct Mandate {
  std::optional<std::string> adopted;
  std::optional<std::string> document;
  std::vector<std::string> purposes;
};

struct AnnualPlan {
  int year = 0;
  std::optional<std::string> adopted;
  std::optional<std::string> document;
};

struct Responsibility {
  std::string name;
  std::optional<std::string> agreement;
  std::optional<std::string> taken_over_by;
  std::string pointer;
};

// Whom to turn to: a functional mailbox, a phone number, a person (an id in people/). The short
// form `contact: <person id>` reads as a contact with only `person`. A mailbox and a phone are
// public by nature; a person is published only under hok.yaml's publish_contacts.
struct Contact {
  std::optional<std::string> mailbox;
  std::optional<std::string> phone;
  std::optional<std::string> person;
  std::string pointer;  // where the mailbox is, "/contact/mailbox", for findings
};

// A published document: an agreement's signed text, a group's mandate. `url` is http or https.
struct Document {
  std::string title;
  std::string url;
  std::optional<std::string> date;
};

struct Group : RecordBase {
  std::optional<std::string> short_name;
  std::string type;    // political-steering, official-steering, secretariat, consultation-group, …
  std::string status;  // planned, establishing, active, paused, decommissioned
  std::optional<std::string> reports_to;
  std::optional<std::string> established;
  std::optional<std::string> decommissioned;
  std::optional<std::string> area;
  std::optional<std::string> subregion;
  std::optional<Mandate> mandate;
  std::optional<std::string> target_group;
  std::vector<Seat> chair, process_lead, members, secretariat_nodes, core;
  // What the editors know the group does not have (`lacks: [chair, mandate]`): a recorded "no",
  // unlike a field left out, which is not known. Values: mandate, chair, process_lead,
  // secretariat_nodes; the schema keeps each apart from its own field.
  std::vector<std::string> lacks;
  bool lacks_recorded(const std::string& what) const {
    return std::find(lacks.begin(), lacks.end(), what) != lacks.end();
  }
  std::optional<int> meetings_per_year;
  std::vector<AnnualPlan> annual_plans;
  std::optional<std::string> successor;
  std::vector<Responsibility> responsibilities;
  std::optional<Contact> contact;
  std::vector<Document> documents;
};

struct Review {
  std::optional<int> interval_months;
  std::optional<std::string> last;
  std::optional<std::string> next;
};

struct FollowUpPolicy {
  int interval_months = 12;
  std::vector<std::string> criteria;
  std::optional<std::string> deviations;
};

struct AdoptionDecision {
  std::string party;
  std::optional<std::string> date;
  std::optional<std::string> body;
  std::optional<std::string> reference;
  std::string pointer;
};

struct Adoption {
  std::optional<bool> required;  // nullopt: not recorded whether adoption is required
  std::vector<AdoptionDecision> decisions;
};

struct Decision {
  std::optional<std::string> by;
  std::optional<std::string> date;
};

struct Agreement : RecordBase {
  std::optional<std::string> short_name;
  std::string type;    // main-agreement, guideline, agreement, supplement, contract
  std::string status;  // draft, in-force, under-revision, expired, replaced
  std::optional<std::string> supplements;
  std::optional<std::string> replaced_by;
  std::vector<std::string> parties;
  std::optional<std::string> owner;
  std::vector<std::string> related_groups;
  std::optional<std::string> target_group;
  std::vector<std::string> legal_basis;
  std::optional<Decision> decided;
  std::optional<std::string> valid_from;
  std::optional<std::string> valid_to;
  std::optional<Review> review;
  std::optional<FollowUpPolicy> follow_up;
  std::optional<Adoption> adoption;
  std::vector<Document> documents;
};

struct CoordinatingFunction : RecordBase {
  std::vector<std::string> roles;  // "ksa", "gsa"
  std::string area;
  std::optional<std::string> holder;
  std::string status = "active";   // active, vacant, planned
  std::optional<Contact> contact;
  std::optional<std::string> appointed;
  std::optional<std::string> review_by;
  std::optional<std::string> supported_by;
  bool has_role(const std::string& role) const;
};

struct Deviation {
  std::string description;
  std::optional<std::string> severity;
  std::optional<std::string> action;
  std::optional<std::string> responsible;
  std::optional<std::string> due;
  std::optional<std::string> closed;
  std::string pointer;
};

struct Followup : RecordBase {
  std::string subject;
  int year = 0;
  std::optional<std::string> date;
  std::optional<std::string> method;
  std::optional<std::string> result;
  std::optional<std::string> summary;
  std::vector<Deviation> deviations;
  std::optional<std::string> reported_to;
  std::optional<std::string> reported;
};

struct PlanGoal {
  std::string id;
  int year = 0;
  std::optional<std::string> title;
  std::optional<std::string> owner;
  std::optional<std::string> status;
  std::optional<std::string> indicator;
  std::vector<std::string> activities;
  std::string pointer;
};

struct Plan : RecordBase {
  int period_from = 0;
  int period_to = 0;
  std::optional<Decision> decided;
  std::optional<std::string> document;
  std::vector<PlanGoal> goals;
};

struct Waiver {
  std::string rule;
  std::string subject;
  std::string reason;
  std::string until;
  std::string pointer;
};

// Where the registry lives on its git host (hok.yaml's `repository`): the portal links to the
// host's web editor from it.
struct RepositorySetting {
  std::string host;    // github, gitlab, forgejo
  std::string url;     // the repository's web address, http or https
  std::string branch;
  std::string path;    // the registry's folder in the repository; empty: its root
};

// A document the records' descriptions cite (hok.yaml's `sources`): the words a description cites
// it by in brackets ("rapporten om samrådsgrupper och sekretariat"), and its name as a reader
// knows it. The portal gathers the citations into one list of sources per page.
struct SourceDocument {
  std::vector<std::string> cited_as;
  std::string title;
  std::optional<std::string> url;
};

// An abbreviation and what it stands for (hok.yaml's `abbreviations`), for the report's list.
struct Abbreviation {
  std::string term;
  std::string meaning;
};

// hok.yaml.
struct RegistrySettings {
  SourceFilePtr source;
  int format_version = 0;
  std::string name;
  std::string language = "sv";
  std::optional<std::string> secretariat;
  bool publish_contacts = false;
  std::optional<RepositorySetting> repository;
  std::vector<std::pair<std::string, std::string>> severity;  // rule code → level
  std::vector<Waiver> waivers;
  std::vector<SourceDocument> sources;
  std::vector<Abbreviation> abbreviations;
};

}  // namespace hok
