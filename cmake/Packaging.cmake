# SPDX-License-Identifier: GPL-3.0-or-later
# Installation of everything besides the executable (src/app/CMakeLists.txt installs that), per-platform
# bundling (Windows icon and Qt deployment, macOS bundle) and CPack. Included from the top-level
# CMakeLists.txt after the targets exist. docs/building.md describes how it is used.
#
# Translations need no rule here: the .qm files are embedded in the executable (src/gui/CMakeLists.txt,
# :/i18n/), and so are the questionnaires and the window icon. Qt's own translations (qtbase_*.qm for
# standard dialogs) come from Qt's translations folder: qt6-translations-l10n on Debian, windeployqt and
# macdeployqt elsewhere.
include_guard(GLOBAL)

set(KOLLEN_APP_ID "se.infosakkollen.Infosakkollen")
set(_res "${PROJECT_SOURCE_DIR}/resources")
# Folders that installing creates get 0755 whatever the builder's umask (Debian policy, lintian).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Data that every platform gets: the examples and the documentation.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/questionnaires/examples/"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/infosakkollen/examples"
    FILES_MATCHING PATTERN "*.isk" PATTERN "*.json")
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
# docs/ keeps its name so that the README's relative links (docs/*.md, docs/images/*.png) still work.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION "${CMAKE_INSTALL_DOCDIR}/docs"
    FILES_MATCHING PATTERN "*.md" PATTERN "*.png")

if(UNIX AND NOT APPLE)
    # freedesktop.org integration: menu entry, software-centre metadata, the .isk file type and the icon
    # theme. Debian's triggers (desktop-file-utils, shared-mime-info, hicolor-icon-theme) refresh their
    # caches when the package is installed, so the package needs no maintainer scripts.
    install(FILES "${_res}/linux/${KOLLEN_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${_res}/linux/${KOLLEN_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${_res}/linux/${KOLLEN_APP_ID}.mime.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
        RENAME "${KOLLEN_APP_ID}.xml")
    install(FILES "${_res}/icons/${KOLLEN_APP_ID}.svg" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    install(DIRECTORY "${_res}/icons/hicolor/" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor"
        FILES_MATCHING PATTERN "*.png")

    # Debian wants the copyright file and a compressed changelog in the documentation folder, and a manual
    # page. gzip -n leaves the time stamp out, so the package is reproducible.
    configure_file("${_res}/linux/infosakkollen.1.in" "${CMAKE_CURRENT_BINARY_DIR}/packaging/infosakkollen.1" @ONLY)
    install(FILES "${_res}/linux/copyright" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
    find_program(KOLLEN_GZIP gzip)
    if(KOLLEN_GZIP)
        add_custom_command(OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/packaging/infosakkollen.1.gz"
            COMMAND "${KOLLEN_GZIP}" -9 -n -c "${CMAKE_CURRENT_BINARY_DIR}/packaging/infosakkollen.1"
                    > "${CMAKE_CURRENT_BINARY_DIR}/packaging/infosakkollen.1.gz"
            DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/packaging/infosakkollen.1"
            VERBATIM)
        add_custom_target(kollen_manpage ALL DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/packaging/infosakkollen.1.gz")
        install(FILES "${CMAKE_CURRENT_BINARY_DIR}/packaging/infosakkollen.1.gz"
            DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    else()
        install(FILES "${CMAKE_CURRENT_BINARY_DIR}/packaging/infosakkollen.1" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    endif()
else()
    # Elsewhere the licence text travels with the program (Debian has it in /usr/share/common-licenses).
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
endif()

if(WIN32)
    # The icon of the .exe in Explorer and the taskbar (resources/icons/render.sh makes the .ico).
    target_sources(infosakkollen PRIVATE "${_res}/windows/infosakkollen.rc")
endif()

if(APPLE)
    # Bundle metadata, the .icns icon and the .isk document type (resources/macos/Info.plist.in).
    set(_icns "${_res}/macos/infosakkollen.icns")
    target_sources(infosakkollen PRIVATE "${_icns}")
    set_source_files_properties("${_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(infosakkollen PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${_res}/macos/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME "Infosäkkollen"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${KOLLEN_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE "infosakkollen.icns"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
endif()

if(WIN32 OR APPLE)
    # Copies Qt's libraries, plugins and translations next to the installed program (windeployqt,
    # macdeployqt), so that `cmake --install` and CPack give a folder or bundle that runs without Qt
    # installed. Not tested in this project's CI, which runs on Debian (docs/building.md).
    option(KOLLEN_DEPLOY_QT "Deploy Qt's run-time files when installing (Windows, macOS)" ON)
    if(KOLLEN_DEPLOY_QT)
        if(Qt6_VERSION VERSION_LESS 6.5)
            qt_generate_deploy_app_script(TARGET infosakkollen FILENAME_VARIABLE _kollen_deploy_script
                NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET infosakkollen OUTPUT_SCRIPT _kollen_deploy_script
                NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT "${_kollen_deploy_script}")
    endif()
endif()

# ---- CPack ------------------------------------------------------------------------------------------
set(KOLLEN_PACKAGE_MAINTAINER "Infosäkkollen Desktop maintainers <infosakkollen-desktop@users.noreply.github.com>"
    CACHE STRING "Maintainer of the binary packages (\"Name <e-mail>\")")
# The date of the release named in the AppStream metadata; update both together.
set(KOLLEN_RELEASE_DATE_RFC2822 "Wed, 25 Nov 2026 12:00:00 +0000")

set(CPACK_PACKAGE_NAME "infosakkollen")
set(CPACK_PACKAGE_VENDOR "The Infosäkkollen Desktop authors")
set(CPACK_PACKAGE_CONTACT "${KOLLEN_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "self-assessment of systematic information-security work")
# Lines of at most 79 characters (Debian policy for the extended description).
set(CPACK_PACKAGE_DESCRIPTION
    "An offline desktop application with which a Swedish public body
(municipality, region or state agency) assesses how systematic its
information-security work is: a versioned questionnaire in work areas,
answered alone or in a workshop, scored to MSB's maturity levels per area
and overall, with an action plan, a management report as PDF, comparison
with an earlier assessment and anonymised benchmarks. The same program
validates, scores and exports assessments on the command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Infosakkollen")
set(CPACK_PACKAGE_EXECUTABLES "infosakkollen" "Infosäkkollen")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
if(WIN32)
    set(CPACK_GENERATOR "ZIP" CACHE STRING "CPack generators")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop" CACHE STRING "CPack generators")
    set(CPACK_DMG_VOLUME_NAME "Infosäkkollen")
else()
    set(CPACK_GENERATOR "DEB;TGZ" CACHE STRING "CPack generators")
endif()

# Debian: infosakkollen_<version>-<release>_<arch>.deb. dpkg-shlibdeps (dpkg-dev) finds the library
# dependencies; the Qt platform plugins (xcb, wayland, offscreen) are in a separate package that no
# library depends on, so it is named here.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_VERSION "${CPACK_PACKAGE_VERSION}")
# RPM, for anyone who adds the generator: the licence is a field there.
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")

if(UNIX AND NOT APPLE)
    set(KOLLEN_CHANGELOG_DATE "${KOLLEN_RELEASE_DATE_RFC2822}")
    configure_file("${_res}/linux/changelog.Debian.in" "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian" @ONLY)
    if(KOLLEN_GZIP)
        add_custom_command(OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian.gz"
            COMMAND "${KOLLEN_GZIP}" -9 -n -c "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian"
                    > "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian.gz"
            DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian"
            VERBATIM)
        add_custom_target(kollen_changelog ALL DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian.gz")
        install(FILES "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian.gz" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
    endif()
endif()

include(CPack)
