// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <filesystem>

namespace kollen::gui {

/// The program's arguments. On Unix a file name is bytes, not necessarily UTF-8 (a name written on an old system
/// in Latin-1, say "kommun\xE5.isk"). QCoreApplication::arguments() turns such a byte into U+FFFD and the file can
/// no longer be named; here each byte that is not part of valid UTF-8 is kept as the lone surrogate U+DC80–U+DCFF
/// (Python's "surrogateescape"), and toPath() turns it back into the byte. Elsewhere it is
/// QCoreApplication::arguments().
[[nodiscard]] QStringList argumentsOf(int argc, char **argv);

/// A QString path as std::filesystem::path without losing non-ASCII characters on any platform. On Unix the
/// surrogates of argumentsOf() become their bytes again; and a name that Qt has already decoded with U+FFFD for
/// bytes that are not UTF-8 (the file dialog's and QDir's names) is looked up in its folder: when exactly one
/// entry there decodes to it, that entry is the path.
[[nodiscard]] std::filesystem::path toPath(const QString &path);

/// The path for showing in a message or a title: an escaped byte shows as U+FFFD, as Qt shows such names.
[[nodiscard]] QString displayPath(const QString &path);

} // namespace kollen::gui
