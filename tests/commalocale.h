// SPDX-License-Identifier: GPL-3.0-or-later
// For core and GUI tests: numbers written as text must keep a decimal point whatever the C locale says.
#pragma once

#include <clocale>
#include <string>

namespace kollen::test {

/// Switches LC_NUMERIC to a locale with a decimal comma for the scope, if the system has one, as
/// QCoreApplication's setlocale(LC_ALL, "") does for a Swedish or Norwegian user.
class CommaLocale
{
public:
    CommaLocale()
        : m_previous(std::setlocale(LC_NUMERIC, nullptr))
    {
        for (const char *name : {"sv_SE.UTF-8", "sv_SE.utf8", "nb_NO.UTF-8", "nb_NO.utf8", "de_DE.UTF-8", "de_DE.utf8",
                                 "fr_FR.UTF-8", "fr_FR.utf8", "Swedish_Sweden.1252"}) {
            if (std::setlocale(LC_NUMERIC, name) && std::string(std::localeconv()->decimal_point) == ",") {
                m_active = true;
                return;
            }
        }
        std::setlocale(LC_NUMERIC, m_previous.c_str());
    }
    ~CommaLocale() { std::setlocale(LC_NUMERIC, m_previous.c_str()); }
    CommaLocale(const CommaLocale &) = delete;
    CommaLocale &operator=(const CommaLocale &) = delete;
    [[nodiscard]] bool active() const { return m_active; }

private:
    std::string m_previous;
    bool m_active = false;
};

} // namespace kollen::test
