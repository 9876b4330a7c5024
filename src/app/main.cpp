// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Infosakkollen"));
    QCoreApplication::setApplicationName(QStringLiteral("infosakkollen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOLLEN_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    return kollen::app::runHeadlessCommand(QCoreApplication::arguments());
}
