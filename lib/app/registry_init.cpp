#include "app/registry_init.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/atomic_write.hpp"
#include "core/write_lock.hpp"
#include "load/registry_loader.hpp"
#include "model/records.hpp"
#include "document/yaml_scalar.hpp"
#include "schema/embedded_schemas.hpp"

namespace fs = std::filesystem;

namespace hok {

namespace {

std::string settings_text(const std::string& name) {
  return fmt::format(
      "# Registrets inställningar. Fälten beskrivs i .hok/schemas/hok.schema.json.\n"
      "hok: 1\n"
      "name: {}\n"
      "language: sv\n"
      "# secretariat: id för gruppen som är det gemensamma sekretariatet (VIS processledning)\n"
      "publish_contacts: false\n",
      yaml_scalar(name));
}

std::string guide_text(const std::string& name) {
  std::string kinds =
      "| `municipalities/` | kommuner |\n"
      "| `districts/` | stadsdelsområden |\n"
      "| `subregions/` | delregioner |\n"
      "| `organisations/` | organisationer: regionen, förvaltningar, vårdgivare, vårdcentraler, … |\n"
      "| `people/` | personer (personuppgifter: bara när det behövs) |\n"
      "| `groups/` | samverkansgrupper: VIS, samrådsgrupper, arbetsgrupper, lokal samverkan |\n"
      "| `agreements/` | överenskommelser, riktlinjer och avtal |\n"
      "| `functions/` | samordnande funktioner (KSA och GSA) |\n"
      "| `followups/` | uppföljningar |\n"
      "| `plans/` | handlingsplaner |\n";
  return fmt::format(
      "# {0}\n"
      "\n"
      "Ett register över samverkan kring hälsa, vård och omsorg, som textfiler i git. Varje post är en\n"
      "egen fil, `<mapp>/<id>.yaml`, och programmet `hok` kontrollerar att allt hänger ihop.\n"
      "\n"
      "## Mapparna\n"
      "\n"
      "| mapp | innehåll |\n"
      "|---|---|\n"
      "{1}"
      "\n"
      "Undermappar får användas för den egna ordningen; de betyder ingenting för hok.\n"
      "\n"
      "## Så ändrar du i registret\n"
      "\n"
      "1. **Ny post:** `hok new <mapp> <id>`, till exempel\n"
      "   `hok new groups samrad-aldre --set name=\"Äldres hälsa\" --set type=consultation-group`.\n"
      "   hok skriver filen med de fält som krävs och en förklaring ovanför varje fält.\n"
      "2. **Id:** små bokstäver a–z, siffror och bindestreck (inte å, ä, ö), högst 64 tecken. Id:t är\n"
      "   samma som filens namn och unikt i hela registret.\n"
      "3. **Kontrollera** med `hok validate` innan du skickar in. hok visar fil, rad och vad som är fel,\n"
      "   och oftast hur det lagas.\n"
      "4. **Byta id?** `hok mv <gammalt-id> <nytt-id>` byter filens namn, `id` och alla hänvisningar på\n"
      "   en gång; `--dry-run` visar först vad som ändras.\n"
      "5. **Ta bort en post?** Kör först `hok show <id>`: den visar alla poster som hänvisar till den.\n"
      "6. **Skicka in** ändringen som en pull request. CI kör `hok validate` och markerar felen direkt på\n"
      "   raderna i pull requesten.\n"
      "\n"
      "## Bra att veta\n"
      "\n"
      "- Datum skrivs ÅÅÅÅ-MM-DD, till exempel `2025-03-01`.\n"
      "- Text som kan läsas som ett tal eller som ja/nej skrivs inom citattecken: `code: \"0114\"`.\n"
      "- Fält som `description` får innehålla Markdown.\n"
      "- `hok gaps` visar vad som saknas: överenskommelser utan ägare, områden utan KSA eller GSA,\n"
      "  uppföljningar som är sena.\n"
      "- I VS Code med tillägget *YAML* (Red Hat) får du förslag och kontroll medan du skriver; det ställs\n"
      "  in av `.vscode/settings.json` och scheman i `.hok/schemas/`.\n"
      "- `hok completion bash` (eller `zsh`, `fish`) ger kompletteringar i terminalen.\n",
      name, kinds);
}

std::string workflow_text() {
  return
      "# Kontrollerar registret vid varje pull request och push till main: `hok validate` markerar\n"
      "# felen direkt på raderna i pull requesten.\n"
      "# Inställning: lägg adressen till hok:s .deb-paket i repository-variabeln HOK_DEB_URL\n"
      "# (Settings → Secrets and variables → Actions → Variables).\n"
      "name: hok\n"
      "\"on\":\n"
      "  pull_request:\n"
      "  push:\n"
      "    branches: [main]\n"
      "permissions:\n"
      "  contents: read\n"
      "jobs:\n"
      "  validate:\n"
      "    runs-on: ubuntu-latest\n"
      "    # hok is packaged for Debian bookworm.\n"
      "    container: debian:bookworm\n"
      "    steps:\n"
      "      - uses: actions/checkout@v4\n"
      "      - name: Install hok\n"
      "        env:\n"
      "          HOK_DEB_URL: ${{ vars.HOK_DEB_URL }}\n"
      "        run: |\n"
      "          apt-get update -qq\n"
      "          apt-get install -y -qq --no-install-recommends ca-certificates curl\n"
      "          curl -fsSL \"$HOK_DEB_URL\" -o /tmp/hok.deb\n"
      "          apt-get install -y -qq --no-install-recommends /tmp/hok.deb\n"
      "      - name: hok validate\n"
      "        run: hok validate --format github\n";
}

std::string editorconfig_text() {
  return
      "# Samma filformat i alla redigerare.\n"
      "root = true\n"
      "\n"
      "[*]\n"
      "charset = utf-8\n"
      "end_of_line = lf\n"
      "insert_final_newline = true\n"
      "trim_trailing_whitespace = true\n"
      "\n"
      "[*.{yaml,yml}]\n"
      "indent_style = space\n"
      "indent_size = 2\n"
      "\n"
      "[*.md]\n"
      "trim_trailing_whitespace = false\n";
}

std::string vscode_settings_text() {
  nlohmann::ordered_json schemas = nlohmann::ordered_json::object();
  schemas["./.hok/schemas/hok.schema.json"] = nlohmann::ordered_json::array({"hok.yaml"});
  for (Kind kind : all_kinds()) {
    std::string directory = kind_directory(kind);
    schemas[fmt::format("./.hok/schemas/{}.schema.json", directory)] =
        nlohmann::ordered_json::array({directory + "/**/*.yaml"});
  }
  nlohmann::ordered_json settings = {
      {"yaml.schemas", schemas},
      {"[yaml]", {{"editor.insertSpaces", true}, {"editor.tabSize", 2}}},
      {"files.eol", "\n"},
  };
  return settings.dump(2) + "\n";
}

}  // namespace

std::vector<InitFile> registry_init_files(const std::string& name) {
  std::vector<InitFile> files = {
      {"hok.yaml", settings_text(name)},
      {"README.md", guide_text(name)},
      {".editorconfig", editorconfig_text()},
      {".github/workflows/hok.yml", workflow_text()},
      {".vscode/settings.json", vscode_settings_text()},
  };
  for (const EmbeddedSchema& schema : embedded_schemas()) {
    std::string text = schema.text;
    if (text.empty() || text.back() != '\n') text += '\n';
    files.push_back({fmt::format(".hok/schemas/{}.schema.json", schema.name), text});
  }
  for (Kind kind : all_kinds()) files.push_back({fmt::format("{}/.gitkeep", kind_directory(kind)), ""});
  return files;
}

std::vector<std::string> init_registry(const fs::path& directory, const InitOptions& options) {
  std::error_code error;
  fs::file_status status = fs::status(directory, error);
  if (fs::exists(status) && !fs::is_directory(status)) {
    throw HokError(message("error.init.not_folder", {{"path", directory.string()}}));
  }
  try {
    Folder root = Folder::open(directory, true);
    WriteLock lock(directory, "hok init");
    // Empty, or holding only `.git` (a repository just cloned or made with `git init`).
    for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
      std::string entry = it->path().filename().string();
      if (entry == ".git" || entry == lock_file_name) continue;
      throw HokError(message("error.init.not_empty", {{"path", directory.string()}, {"entry", entry}}));
    }
    if (error) throw HokError(message("error.read_folder", {{"path", directory.string()}, {"detail", error.message()}}));
    std::string name = options.name;
    if (name.empty()) {
      fs::path absolute = fs::absolute(directory).lexically_normal();
      if (absolute.filename().empty()) absolute = absolute.parent_path();
      name = absolute.filename().string();
    }
    if (name.empty()) name = "Registret";

    std::vector<std::string> written;
    for (const InitFile& file : registry_init_files(name)) {
      std::size_t slash = file.path.rfind('/');
      if (slash == std::string::npos) {
        root.create_atomically(file.path, file.text, Flush::Later);
      } else {
        root.child(file.path.substr(0, slash), true).create_atomically(file.path.substr(slash + 1), file.text,
                                                                       Flush::Later);
      }
      written.push_back(file.path);
    }
    sync_file_system(directory);  // once, for all the files
    return written;
  } catch (const HokError&) {
    throw;
  } catch (const std::runtime_error& failure) {
    throw HokError(message("error.write_failed", {{"detail", failure.what()}}));
  }
}

}  // namespace hok
