// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/diagnostictext.h"

#include <QDir>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string_view>

namespace kollen::gui {

namespace {

struct Template
{
    const char *code;
    const char *text;
};

// The same templates as the core's table in src/core/kollen/diagnostic.cpp, word for word (the English
// source must match, with the same %1…%n), so that lupdate collects them for translation.
// tests/gui/test_dialogs.cpp checks that every code of the core has an entry here.
constexpr Template templates[] = {
    // file level
    {"file-open", QT_TRANSLATE_NOOP("DiagnosticText", "cannot open the file: %1")},
    {"file-too-large", QT_TRANSLATE_NOOP("DiagnosticText", "the file is %1 bytes; the limit is %2 bytes")},
    {"file-empty", QT_TRANSLATE_NOOP("DiagnosticText", "the file is empty")},
    {"json-syntax", QT_TRANSLATE_NOOP("DiagnosticText", "not valid JSON: %1")},
    {"json-too-deep", QT_TRANSLATE_NOOP("DiagnosticText", "the JSON is nested more than %1 levels deep")},
    {"json-utf16", QT_TRANSLATE_NOOP("DiagnosticText", "the file is in UTF-16; save it as UTF-8")},
    {"small-groups", QT_TRANSLATE_NOOP("DiagnosticText",
                                       "groups as small as %1 are published, fewer than %2 organisations: a "
                                       "group's figures may identify an organisation")},
    {"json-nul", QT_TRANSLATE_NOOP("DiagnosticText",
                                   "the file contains a NUL byte (a zero byte), which JSON text cannot contain")},
    {"json-number-range", QT_TRANSLATE_NOOP("DiagnosticText", "the number %1 is too large")},
    {"json-duplicate-key", QT_TRANSLATE_NOOP("DiagnosticText", "duplicate key %1 in the same object")},
    {"json-long-key", QT_TRANSLATE_NOOP("DiagnosticText", "a key is longer than %1 bytes")},
    {"too-many-problems", QT_TRANSLATE_NOOP("DiagnosticText", "more problems not listed: %1")},
    // generic structure
    {"missing-key", QT_TRANSLATE_NOOP("DiagnosticText", "required key %1 is missing")},
    {"wrong-type", QT_TRANSLATE_NOOP("DiagnosticText", "expected %1, found %2")},
    {"unknown-key", QT_TRANSLATE_NOOP("DiagnosticText", "unknown key %1 is ignored")},
    {"wrong-format", QT_TRANSLATE_NOOP("DiagnosticText", "this is not a %1 file (format is %2)")},
    {"newer-format", QT_TRANSLATE_NOOP("DiagnosticText", "format version %1 is newer than this program understands "
                                                         "(%2); please update the program")},
    {"bad-format-version",
     QT_TRANSLATE_NOOP("DiagnosticText", "format version %1 is not supported; this program reads version %2")},
    {"bad-id", QT_TRANSLATE_NOOP("DiagnosticText", "invalid id %1: use a-z, 0-9, '.', '_' or '-', starting with a "
                                                   "letter or digit, at most 64 characters")},
    {"bad-date", QT_TRANSLATE_NOOP("DiagnosticText", "invalid date %1; expected YYYY-MM-DD")},
    {"empty-string", QT_TRANSLATE_NOOP("DiagnosticText", "must not be empty")},
    {"bad-language", QT_TRANSLATE_NOOP("DiagnosticText", "invalid language code %1")},
    {"duplicate-language", QT_TRANSLATE_NOOP("DiagnosticText", "language %1 is listed twice")},
    {"missing-language", QT_TRANSLATE_NOOP("DiagnosticText", "missing text for language %1")},
    {"extra-language", QT_TRANSLATE_NOOP("DiagnosticText",
                                         "text for language %1, which the questionnaire does not list, is ignored")},
    {"bad-url", QT_TRANSLATE_NOOP("DiagnosticText", "link must use https: %1")},
    {"bad-link-host", QT_TRANSLATE_NOOP("DiagnosticText",
                                        "a link's host must be a plain name such as www.msb.se, without a user name "
                                        "and only of the letters a–z, digits, '-' and '.': %1")},
    {"duplicate-id", QT_TRANSLATE_NOOP("DiagnosticText", "duplicate %1 id %2 (first used at %3)")},
    {"out-of-range", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be between %2 and %3, found %4")},
    {"not-positive", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be greater than 0, found %2")},
    // questionnaire
    {"unknown-level", QT_TRANSLATE_NOOP("DiagnosticText", "unknown level %1; must be 1, 2, 3 or 4")},
    {"missing-level", QT_TRANSLATE_NOOP("DiagnosticText",
                                        "level %1 is not defined; exactly the levels 1, 2, 3 and 4 are required")},
    {"empty-list", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must not be empty")},
    {"scale-too-small", QT_TRANSLATE_NOOP("DiagnosticText", "the answer scale needs at least two options")},
    {"scale-no-full",
     QT_TRANSLATE_NOOP("DiagnosticText", "the answer scale needs an option with value 1 that is not excluded")},
    {"unknown-rule", QT_TRANSLATE_NOOP("DiagnosticText", "unknown scoring rule %1; this program knows %2")},
    {"key-needs-rule", QT_TRANSLATE_NOOP("DiagnosticText", "%1 applies only to the scoring rule %2")},
    {"not-applicable-forbidden",
     QT_TRANSLATE_NOOP("DiagnosticText", "question %1 does not allow the answer %2; it counts as unanswered")},
    {"unknown-requirement", QT_TRANSLATE_NOOP("DiagnosticText", "unknown requirement id %1")},
    {"key-needs-format", QT_TRANSLATE_NOOP("DiagnosticText", "%1 needs format_version %2 or newer")},
    {"unknown-link", QT_TRANSLATE_NOOP("DiagnosticText",
                                       "unknown link id %1; the questionnaire's \"links\" table has no such entry")},
    {"unused-link", QT_TRANSLATE_NOOP("DiagnosticText", "link %1 is not used by any work area or question")},
    {"unknown-question-target",
     QT_TRANSLATE_NOOP("DiagnosticText", "migration target %1 is not a question of this version")},
    {"unknown-area-target", QT_TRANSLATE_NOOP("DiagnosticText", "migration target %1 is not an area of this version")},
    {"unknown-answer-target",
     QT_TRANSLATE_NOOP("DiagnosticText", "migration target %1 is not an answer id of this version")},
    {"duplicate-migration", QT_TRANSLATE_NOOP("DiagnosticText", "more than one migration from version %1")},
    {"unknown-added-question",
     QT_TRANSLATE_NOOP("DiagnosticText", "added question %1 is not a question of this version")},
    {"duplicate-added-question", QT_TRANSLATE_NOOP("DiagnosticText", "question %1 is listed as added more than once")},
    {"added-question-renamed",
     QT_TRANSLATE_NOOP("DiagnosticText", "question %1 is listed as added but an older question is renamed to it")},
    {"unknown-changed-question",
     QT_TRANSLATE_NOOP("DiagnosticText", "changed question %1 is not a question of this version")},
    {"duplicate-changed-question",
     QT_TRANSLATE_NOOP("DiagnosticText", "question %1 is listed as changed more than once")},
    {"changed-question-added",
     QT_TRANSLATE_NOOP("DiagnosticText", "question %1 is listed both as added and as changed")},
    // assessment
    {"unknown-organisation-type", QT_TRANSLATE_NOOP("DiagnosticText", "unknown organisation type %1")},
    {"unknown-size-band", QT_TRANSLATE_NOOP("DiagnosticText", "unknown size band %1 for organisation type %2")},
    {"unknown-question", QT_TRANSLATE_NOOP("DiagnosticText",
                                           "question %1 is not in questionnaire %2 version %3; its answer is not used")},
    {"unknown-answer", QT_TRANSLATE_NOOP("DiagnosticText", "answer %1 is not on the questionnaire's answer scale")},
    {"unknown-area", QT_TRANSLATE_NOOP("DiagnosticText",
                                       "area %1 is not in questionnaire %2 version %3; its target is not used")},
    {"bad-target-level", QT_TRANSLATE_NOOP("DiagnosticText", "target level must be 0 to 4, found %1")},
    {"questionnaire-mismatch",
     QT_TRANSLATE_NOOP("DiagnosticText", "the assessment is for questionnaire %1, not %2")},
    {"version-mismatch",
     QT_TRANSLATE_NOOP("DiagnosticText", "the assessment is for version %1 of the questionnaire, not %2")},
    {"cannot-migrate", QT_TRANSLATE_NOOP("DiagnosticText",
                                         "the assessment cannot be carried over to version %1 of its questionnaire")},
    {"trend-too-few", QT_TRANSLATE_NOOP("DiagnosticText", "a trend needs at least two assessments; %1 given")},
    {"no-migration", QT_TRANSLATE_NOOP("DiagnosticText", "the assessment was made with version %1 of questionnaire "
                                                         "%2, and version %3 has no migration from it")},
    // benchmark
    {"group-below-minimum", QT_TRANSLATE_NOOP("DiagnosticText", "the group has %1 organisations, fewer than the "
                                                                "minimum of %2; such a group must not be published")},
    {"bad-submission-id",
     QT_TRANSLATE_NOOP("DiagnosticText", "invalid submission id %1: expected "
                                         "32 hexadecimal digits (0-9, a-f)")},
    {"duplicate-submission",
     QT_TRANSLATE_NOOP("DiagnosticText", "submission %1 was read before; "
                                         "this copy is not used")},
    {"duplicate-answers",
     QT_TRANSLATE_NOOP("DiagnosticText", "the same answers as a submission read before; "
                                         "counted once, so this one is not used")},
    {"quartiles-small-group",
     QT_TRANSLATE_NOOP("DiagnosticText", "quartiles are published only for groups of "
                                         "at least %2 organisations; this group has %1")},
    {"entity-without-coverage",
     QT_TRANSLATE_NOOP("DiagnosticText", "an entity kind is given, but the organisation is not marked as covered by "
                                         "the Cybersecurity Act")},
    {"unknown-evidence-question",
     QT_TRANSLATE_NOOP("DiagnosticText", "question %1 is not in questionnaire %2 version %3; "
                                         "it does not count as evidence")},
    {"level-count-mismatch",
     QT_TRANSLATE_NOOP("DiagnosticText", "the level counts add up to %1, but the group has %2 organisations")},
    // save
    {"save-failed", QT_TRANSLATE_NOOP("DiagnosticText", "could not save: %1")},
};

struct Phrase
{
    const char *source;
    const char *comment;
};

// Fixed English words the core passes as arguments (kinds of id, JSON types, reasons). Anything else
// (quoted values, numbers, paths, the JSON parser's own text) is shown as it is.
constexpr Phrase phrases[] = {
    // kinds of id in "duplicate-id"
    QT_TRANSLATE_NOOP3("DiagnosticText", "answer", "kind of id in: duplicate %1 id"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "level", "kind of id in: duplicate %1 id"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "requirement", "kind of id in: duplicate %1 id"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "area", "kind of id in: duplicate %1 id"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "question", "kind of id in: duplicate %1 id"),
    // JSON types in "wrong-type"
    QT_TRANSLATE_NOOP3("DiagnosticText", "a string", "JSON type in: expected %1, found %2"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "a number", "JSON type in: expected %1, found %2"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "a finite number", "JSON type in: expected %1, found %2"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "infinity", "JSON value in: expected %1, found %2"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "an integer", "JSON type in: expected %1, found %2"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "true or false", "JSON type in: expected %1, found %2"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "true/false", "JSON type in: expected %1, found %2"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "an array", "JSON type in: expected %1, found %2"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "an object", "JSON type in: expected %1, found %2"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "an object of texts per language", "JSON type in: expected %1, found %2"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "a question id or null", "JSON type in: expected %1, found %2"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "an id", "JSON type in: expected %1, found %2"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "an unsupported value", "JSON type in: expected %1, found %2"),
    // other fixed arguments
    QT_TRANSLATE_NOOP3("DiagnosticText", "the question list of an area", "in: %1 must not be empty"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "0 (exclusive)", "in: %1 must be between %2 and %3"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "it is a folder", "reason in: cannot open the file: %1"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "permission denied or not readable", "reason in: cannot open the file: %1"),
    QT_TRANSLATE_NOOP3("DiagnosticText", "read error", "reason in: cannot open the file: %1"),
};

const char *findTemplate(const std::string &code)
{
    const auto it = std::find_if(std::begin(templates), std::end(templates),
                                 [&code](const Template &t) { return code == t.code; });
    return it == std::end(templates) ? nullptr : it->text;
}

QString translateArgument(const std::string &arg)
{
    for (const Phrase &phrase : phrases) {
        if (arg == phrase.source)
            return QCoreApplication::translate("DiagnosticText", phrase.source, phrase.comment);
    }
    return QString::fromStdString(arg);
}

/// Replaces %1…%9 in one pass, so that arguments containing "%" are left alone (unlike chained arg()).
QString substitute(const QString &templ, const QStringList &args)
{
    QString out;
    out.reserve(templ.size() + 32);
    for (qsizetype i = 0; i < templ.size(); ++i) {
        const QChar c = templ.at(i);
        if (c == QLatin1Char('%') && i + 1 < templ.size() && templ.at(i + 1) >= QLatin1Char('1')
            && templ.at(i + 1) <= QLatin1Char('9')) {
            const qsizetype index = templ.at(i + 1).unicode() - u'1';
            if (index < args.size())
                out += args.at(index);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString DiagnosticText::message(const Diagnostic &diagnostic)
{
    const char *templ = findTemplate(diagnostic.code);
    if (!templ)
        return QString::fromStdString(diagnostic.message);
    QStringList args;
    for (const std::string &arg : diagnostic.args)
        args << translateArgument(arg);
    return substitute(QCoreApplication::translate("DiagnosticText", templ), args);
}

QString DiagnosticText::full(const Diagnostic &diagnostic)
{
    QString out;
    if (!diagnostic.file.empty()) {
        out += QString::fromStdString(printable(diagnostic.file));
        if (diagnostic.line > 0) {
            out += QLatin1Char(':') + QString::number(diagnostic.line);
            if (diagnostic.column > 0)
                out += QLatin1Char(':') + QString::number(diagnostic.column);
        }
        out += QStringLiteral(": ");
    }
    if (!diagnostic.isError())
        out += tr("warning: ");
    if (!diagnostic.pointer.empty())
        out += QString::fromStdString(printable(diagnostic.pointer)) + QStringLiteral(": ");
    out += message(diagnostic);
    return out;
}

QString DiagnosticText::list(const Diagnostics &diagnostics, int limit)
{
    std::vector<const Diagnostic *> ordered;
    ordered.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics)
        ordered.push_back(&d);
    std::stable_partition(ordered.begin(), ordered.end(), [](const Diagnostic *d) { return d->isError(); });

    const std::size_t shown = limit > 0 ? std::min(ordered.size(), static_cast<std::size_t>(limit)) : ordered.size();
    QStringList lines;
    for (std::size_t i = 0; i < shown; ++i)
        lines << full(*ordered[i]);
    if (shown < ordered.size())
        lines << tr("… and %n more", "problems not listed", static_cast<int>(ordered.size() - shown));
    return lines.join(QLatin1Char('\n'));
}

QString DiagnosticText::migrationReport(const MigrationReport &report)
{
    const QString to = QString::fromStdString(report.toVersion);
    if (!report.migrated)
        return tr("No migration needed (version %1).").arg(to);
    QStringList lines;
    lines << tr("Moved from version %1 to version %2: %n answer(s) carried over.", nullptr,
                static_cast<int>(report.carriedOver))
                 .arg(QString::fromStdString(report.fromVersion), to);
    if (report.actionsCarriedOver > 0)
        lines << tr("%n planned action(s) carried over.", nullptr, static_cast<int>(report.actionsCarriedOver));
    for (const auto &moved : report.renamedQuestions)
        lines << tr("Question %1 is now %2.").arg(QString::fromStdString(moved.from), QString::fromStdString(moved.to));
    for (const auto &moved : report.renamedAreas)
        lines << tr("Work area %1 is now %2.").arg(QString::fromStdString(moved.from), QString::fromStdString(moved.to));
    if (!report.addedQuestions.empty()) {
        QStringList ids;
        for (const std::string &id : report.addedQuestions)
            ids << QString::fromStdString(id);
        lines << tr("%n new question(s), not yet answered: %1.", nullptr, static_cast<int>(ids.size()))
                     .arg(ids.join(QStringLiteral(", ")));
    }
    if (!report.changedQuestions.empty()) {
        QStringList ids;
        for (const std::string &id : report.changedQuestions)
            ids << QString::fromStdString(id);
        lines << tr("%n question(s) now ask something different; the answer was carried over, check it: %1.", nullptr,
                    static_cast<int>(ids.size()))
                     .arg(ids.join(QStringLiteral(", ")));
    }
    using Lost = MigrationReport::Lost;
    for (const Lost &lost : report.lost) {
        const QString id = QString::fromStdString(lost.id);
        const QString into = QString::fromStdString(lost.into);
        QString what;
        switch (lost.kind) {
        case Lost::Kind::Question: what = tr("the answer to question %1").arg(id); break;
        case Lost::Kind::Answer: what = tr("the answer chosen for question %1").arg(id); break;
        case Lost::Kind::Target: what = tr("the target for work area %1").arg(id); break;
        case Lost::Kind::Action: what = tr("the planned action for question %1").arg(id); break;
        }
        QString why;
        switch (lost.why) {
        case Lost::Why::Removed: why = tr("the question was removed in version %1").arg(to); break;
        case Lost::Why::NotInVersion: why = tr("version %1 does not have it").arg(to); break;
        case Lost::Why::Merged: why = tr("it was merged into %1, which already has one").arg(into); break;
        case Lost::Why::NotOnScale: why = tr("answer “%1” is not on the answer scale of version %2").arg(into, to); break;
        }
        lines << tr("Not carried over: %1, because %2.").arg(what, why);
    }
    return lines.join(QLatin1Char('\n'));
}

QString DiagnosticText::writeError(const AtomicWriteError &error)
{
    const QString folder = QDir::toNativeSeparators(QString::fromStdString(error.folder));
    switch (error.problem) {
    case WriteProblem::NoSpace:
        return tr("There is not enough space in the folder “%1”: the disk is full, or the file is larger than "
                  "that place allows.")
            .arg(folder);
    case WriteProblem::ReadOnlyFile:
        return tr("The file is read-only.");
    case WriteProblem::NoPermission:
        return tr("You do not have permission to save in the folder “%1”.").arg(folder);
    case WriteProblem::ReadOnlyLocation:
        return tr("The folder “%1” is on a read-only disk.").arg(folder);
    case WriteProblem::FolderMissing:
        return tr("The folder “%1” does not exist.").arg(folder);
    case WriteProblem::IsFolder:
        return tr("There is a folder with that name.");
    case WriteProblem::NotRegularFile:
        return tr("That name is not a regular file but a device, pipe or socket.");
    case WriteProblem::None:
    case WriteProblem::Other:
        break;
    }
    return QString::fromStdString(error.message);
}

} // namespace kollen::gui
