// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/diagnostic.h>
#include <kollen/atomicfile.h>
#include <kollen/migration.h>

#include <QCoreApplication>
#include <QString>

namespace kollen::gui {

/// Translates core diagnostics: every code in kollen::messageTemplate() has a tr() template here with
/// the same %1…%n arguments, so file errors appear in the user's language.
class DiagnosticText
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticText)

public:
    /// The message alone, translated.
    [[nodiscard]] static QString message(const Diagnostic &diagnostic);
    /// "file:line:column: /pointer: message" (translated "warning:" prefix for warnings).
    [[nodiscard]] static QString full(const Diagnostic &diagnostic);
    /// All diagnostics, one per line (errors first), at most `limit` with a translated "and N more".
    [[nodiscard]] static QString list(const Diagnostics &diagnostics, int limit = 20);
    /// What a migration carried over and what it could not, one item per line, translated.
    [[nodiscard]] static QString migrationReport(const MigrationReport &report);
    /// Why a file could not be written, in the user's language (the folder named where it matters).
    [[nodiscard]] static QString writeError(const AtomicWriteError &error);
};

} // namespace kollen::gui
