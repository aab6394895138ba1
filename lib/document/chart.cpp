#include "document/chart.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "document/escape.hpp"

namespace hok {

namespace {

namespace mustache = kainjow::mustache;

constexpr int kWidth = 680;
constexpr int kLabelWidth = 230;  // right edge of the row labels
constexpr int kBarStart = 240;
constexpr int kBarWidth = 340;  // the scale's full length
constexpr int kBarHeight = 16;
constexpr int kBarGap = 3;
constexpr int kRowGap = 12;
constexpr int kTop = 8;
constexpr int kLegendHeight = 24;
constexpr std::size_t kLabelLimit = 34;

const char* series_color(std::size_t index) {
  static const char* colors[] = {"#00527a", "#b35900", "#3d7a2a", "#6b3d8f"};
  return colors[index % 4];
}

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

int scale_max(const BarChart& chart) {
  int max = chart.max;
  for (const BarChart::Row& row : chart.rows) {
    for (int value : row.values) max = std::max(max, value);
  }
  return std::max(max, 1);
}

std::string value_label(const BarChart& chart, const BarChart::Row& row, std::size_t series) {
  if (series < row.value_labels.size() && !row.value_labels[series].empty()) return row.value_labels[series];
  const int value = series < row.values.size() ? row.values[series] : 0;
  if (chart.type == BarChart::Type::Pie && chart.max > 0) {
    return fmt::format("{} ({} %)", value, (value * 100 + chart.max / 2) / chart.max);
  }
  return std::to_string(value);
}

}  // namespace

std::string shorten(const std::string& text, std::size_t limit) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_continuation(static_cast<unsigned char>(text[i]))) continue;
    if (characters == limit - 1) {
      // Does more than one character remain?
      std::size_t rest = 0;
      for (std::size_t j = i; j < text.size(); ++j)
        rest += !is_continuation(static_cast<unsigned char>(text[j]));
      if (rest > 1) return text.substr(0, i) + "\u2026";
      return text;
    }
    ++characters;
  }
  return text;
}

mustache::data svg_chart_data(const BarChart& chart, const std::string& id) {
  const int max = scale_max(chart);
  const std::size_t series = std::max<std::size_t>(chart.series.size(), 1);
  const bool legend = chart.series.size() > 1;
  const int row_height = static_cast<int>(series) * (kBarHeight + kBarGap) - kBarGap + kRowGap;
  int y = kTop + (legend ? kLegendHeight : 0);

  mustache::data data;
  data.set("id", id);
  data.set("title", chart.title);
  mustache::data legend_items = mustache::data::type::list;
  if (legend) {
    int x = kBarStart;
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
      mustache::data item;
      item.set("x", std::to_string(x));
      item.set("y", std::to_string(kTop));
      item.set("text_x", std::to_string(x + 18));
      item.set("text_y", std::to_string(kTop + 11));
      item.set("color", series_color(i));
      item.set("label", chart.series[i]);
      legend_items.push_back(item);
      x += 30 + static_cast<int>(chart.series[i].size()) * 8;
    }
  }
  data.set("legend", legend_items);

  std::string description;
  mustache::data rows = mustache::data::type::list;
  for (const BarChart::Row& row : chart.rows) {
    mustache::data item;
    item.set("label", shorten(row.label, kLabelLimit));
    item.set("full_label", row.label);
    item.set("label_x", std::to_string(kLabelWidth));
    item.set("label_y", std::to_string(y + kBarHeight - 4));
    mustache::data bars = mustache::data::type::list;
    std::string values;
    for (std::size_t i = 0; i < series; ++i) {
      const int value = i < row.values.size() ? row.values[i] : 0;
      const int bar_y = y + static_cast<int>(i) * (kBarHeight + kBarGap);
      const int width = value <= 0 ? 0 : std::max(1, value * kBarWidth / max);
      mustache::data bar;
      bar.set("x", std::to_string(kBarStart));
      bar.set("y", std::to_string(bar_y));
      bar.set("width", std::to_string(width));
      bar.set("height", std::to_string(kBarHeight));
      bar.set("color", series_color(i));
      bar.set("value_x", std::to_string(kBarStart + width + 6));
      bar.set("value_y", std::to_string(bar_y + kBarHeight - 4));
      const std::string label = value_label(chart, row, i);
      bar.set("value_label", label);
      bars.push_back(bar);
      values += (values.empty() ? "" : ", ") +
                (i < chart.series.size() && legend ? chart.series[i] + " " : "") + label;
    }
    item.set("bars", bars);
    rows.push_back(item);
    description += (description.empty() ? "" : "; ") + row.label + ": " + values;
    y += row_height;
  }
  data.set("rows", rows);
  data.set("description", description);
  data.set("axis_x", std::to_string(kBarStart));
  data.set("axis_top", std::to_string(kTop + (legend ? kLegendHeight : 0) - 4));
  data.set("axis_bottom", std::to_string(y - kRowGap + 4));
  data.set("width", std::to_string(kWidth));
  data.set("height", std::to_string(y));
  return data;
}

std::vector<std::string> mermaid_charts(const BarChart& chart) {
  if (chart.type == BarChart::Type::Pie) {
    std::string out = "pie title " + escape_mermaid_label(chart.title) + "\n";
    for (const BarChart::Row& row : chart.rows) {
      out += fmt::format("    \"{}\" : {}\n", escape_mermaid_label(shorten(row.label, 40)),
                         row.values.empty() ? 0 : row.values[0]);
    }
    return {out};
  }
  std::vector<std::string> charts;
  const int max = scale_max(chart);
  const std::size_t series = std::max<std::size_t>(chart.series.size(), 1);
  for (std::size_t i = 0; i < series; ++i) {
    std::string out;
    std::string title = chart.title;
    if (chart.series.size() > 1) title += " \u2013 " + chart.series[i];
    out += "xychart-beta\n";
    out += "    title \"" + escape_mermaid_label(title) + "\"\n";
    std::string labels;
    std::string values;
    for (const BarChart::Row& row : chart.rows) {
      labels += (labels.empty() ? "\"" : ", \"") + escape_mermaid_label(shorten(row.label, 24)) + "\"";
      values += (values.empty() ? "" : ", ") + std::to_string(i < row.values.size() ? row.values[i] : 0);
    }
    out += "    x-axis [" + labels + "]\n";
    const std::string axis = i < chart.series.size() ? chart.series[i] : std::string();
    out += fmt::format("    y-axis \"{}\" 0 --> {}\n", escape_mermaid_label(axis), max);
    out += "    bar [" + values + "]\n";
    charts.push_back(std::move(out));
  }
  return charts;
}

}  // namespace hok
