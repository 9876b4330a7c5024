// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/actionplan.h"

#include <string>
#include <string_view>
#include <vector>

namespace kollen {

class Questionnaire;
struct RequirementSet;
struct Assessment;

/// A table of text cells: a header line and rows (normally as many cells as the header).
struct CsvTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;

    bool operator==(const CsvTable &) const = default;
};

/// A CSV file that Excel and LibreOffice open correctly with a Swedish (or any) locale: UTF-8 with a byte order
/// mark, separator ';', CRLF after every line (header included). A field is quoted when it contains ';' ',' '"'
/// CR or LF or starts or ends with a space or tab; quotes inside are doubled.
///
/// Formula injection: a spreadsheet runs a cell that starts with = + - @ TAB or CR as a formula, so such a field
/// is written with a single quote ' in front ("=1+1" becomes "'=1+1", "-" becomes "'-"). Spreadsheets show the
/// quote as part of the text. To keep this reversible, a field that starts with one or more quotes followed by
/// one of those characters ("'=x") gets one more quote too; readCsv() removes exactly one again.
[[nodiscard]] std::string writeCsv(const CsvTable &table);

/// Parses what writeCsv() writes and what spreadsheets save: byte order mark optional, separator ';' or ','
/// (whichever occurs more often outside quotes in the header line; ';' on a tie or when neither occurs), lines
/// ending in CRLF, LF or CR, quoted fields with doubled quotes and embedded line breaks. The formula-injection
/// quote is removed (see writeCsv()). Empty lines are skipped unless the header has one column. Returns false
/// and an English message starting with "line N:" (1-based line in the text) on malformed input: an
/// unterminated quoted field, text after a closing quote, a quote inside an unquoted field, or a row with a
/// different number of fields than the header. Empty input gives an empty table. `table` is replaced.
[[nodiscard]] bool readCsv(std::string_view text, CsvTable &table, std::string &error);

/// The column headings and status names of actionPlanTable(), in the language the front end shows: the core
/// has no texts of its own for people (the program's are translated in src/gui/text/actionplancsv.cpp).
struct ActionPlanLabels
{
    std::string level;
    std::string area;
    std::string questionId;
    std::string question;
    std::string answer;
    std::string owner;
    std::string dueDate;
    std::string status;
    std::string note;
    std::string requirements;
    std::string guidance;
    /// The status names, for ActionStatus::Planned, InProgress, Done and Dropped.
    std::string planned;
    std::string inProgress;
    std::string done;
    std::string dropped;

    /// The name of the status `of`.
    [[nodiscard]] const std::string &statusName(ActionStatus of) const;
};

/// The action plan as a table, one row per item, with the columns (headed by `labels`): level, work area
/// (title), question id, question (text), current answer (label; empty when unanswered), owner, due date,
/// status (its name in `labels`), note, requirements, guidance (the question's guidance URLs joined with " ").
/// Requirements are "reference: title" joined with "; ": those of `sets` that the question evidences, in the order
/// of the sets and their requirements; without sets, the questionnaire's own list. Texts come from the
/// questionnaire (and the sets) in `language`, falling back to their languages in order. `a` is the assessment the
/// items were generated from.
[[nodiscard]] CsvTable actionPlanTable(const Questionnaire &q, const Assessment &a,
                                       const std::vector<ActionItem> &items, const std::string &language,
                                       const ActionPlanLabels &labels,
                                       const std::vector<const RequirementSet *> &sets = {});

} // namespace kollen
