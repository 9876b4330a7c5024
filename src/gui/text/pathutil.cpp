// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/pathutil.h"

#include <kollen/diagnostic.h>

#include <QCoreApplication>

#include <optional>
#include <string>
#include <system_error>

namespace kollen::gui {

namespace {

#ifndef Q_OS_WIN
constexpr char16_t escapedFirst = 0xDC80; // U+DC80 + byte, for the bytes 0x80–0xFF
constexpr char16_t escapedLast = 0xDCFF;

bool isEscapedByte(const QString &text, qsizetype i)
{
    const char16_t unit = text.at(i).unicode();
    return unit >= escapedFirst && unit <= escapedLast && (i == 0 || !text.at(i - 1).isHighSurrogate());
}

QString decodeEscaping(std::string_view bytes)
{
    QString text;
    std::size_t start = 0; // of the current run of valid UTF-8
    for (std::size_t i = 0; i < bytes.size();) {
        if (const std::size_t length = kollen::utf8SequenceAt(bytes, i)) {
            i += length;
            continue;
        }
        text += QString::fromUtf8(bytes.data() + start, static_cast<qsizetype>(i - start));
        text += QChar(static_cast<char16_t>(0xDC00 + static_cast<unsigned char>(bytes[i])));
        start = ++i;
    }
    text += QString::fromUtf8(bytes.data() + start, static_cast<qsizetype>(bytes.size() - start));
    return text;
}

std::string encodeEscaping(const QString &text)
{
    std::string bytes;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isEscapedByte(text, i))
            continue;
        bytes += text.mid(start, i - start).toStdString();
        bytes += static_cast<char>(text.at(i).unicode() - 0xDC00);
        start = i + 1;
    }
    bytes += text.mid(start).toStdString();
    return bytes;
}

/// The one entry of `folder` whose name Qt shows as `shownName` (with U+FFFD for its bytes that are not UTF-8).
std::optional<std::filesystem::path> entryShownAs(const std::filesystem::path &folder, const std::string &shownName)
{
    std::error_code error;
    std::filesystem::directory_iterator entries(folder.empty() ? std::filesystem::path(".") : folder, error);
    if (error)
        return std::nullopt;
    const QString wanted = QString::fromStdString(shownName);
    std::optional<std::filesystem::path> found;
    for (auto it = entries; it != std::filesystem::directory_iterator(); it.increment(error)) {
        if (error)
            return std::nullopt;
        const std::string name = it->path().filename().native();
        if (QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())) != wanted)
            continue;
        if (found)
            return std::nullopt; // two names look the same: neither is chosen
        found = folder / name;
    }
    return found;
}

/// Where a component of `path` that holds U+FFFD does not exist, the one entry in its folder that Qt shows so.
std::filesystem::path resolveShownNames(const std::filesystem::path &path)
{
    static const std::string replacement = "\xEF\xBF\xBD";
    if (path.native().find(replacement) == std::string::npos)
        return path;
    std::error_code error;
    if (std::filesystem::symlink_status(path, error).type() != std::filesystem::file_type::not_found)
        return path;
    std::filesystem::path resolved;
    for (const std::filesystem::path &component : path) {
        std::filesystem::path next = resolved / component;
        if (component.native().find(replacement) != std::string::npos
            && std::filesystem::symlink_status(next, error).type() == std::filesystem::file_type::not_found) {
            if (auto entry = entryShownAs(resolved, component.native()))
                next = *entry;
        }
        resolved = std::move(next);
    }
    return resolved;
}
#endif

} // namespace

QStringList argumentsOf(int argc, char **argv)
{
#ifdef Q_OS_WIN
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return QCoreApplication::arguments(); // Windows hands over the arguments as UTF-16
#else
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << decodeEscaping(argv[i]);
    return arguments;
#endif
}

std::filesystem::path toPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdU16String());
#else
    return resolveShownNames(std::filesystem::path(encodeEscaping(path)));
#endif
}

QString displayPath(const QString &path)
{
    QString shown = path;
#ifndef Q_OS_WIN
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (isEscapedByte(shown, i))
            shown[i] = QChar::ReplacementCharacter;
    }
#endif
    return shown;
}

} // namespace kollen::gui
