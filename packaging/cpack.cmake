# CPack: a Debian package (DEB) and a tarball (TGZ) of everything installed. Included from the top-level
# CMakeLists.txt, since CPack packs the whole project. Usage from a build directory: cpack -G DEB (or TGZ).
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGE_NAME ${PROJECT_NAME})
set(CPACK_PACKAGE_VENDOR "OCPI Session Monitor maintainers")
set(CPACK_PACKAGE_CONTACT "OCPI Session Monitor maintainers <maintainers@users.noreply.r-seed-5218c56c.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description: lines under 80 characters, as Debian wants them.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "A Qt desktop tool for EV charging sessions exchanged over OCPI 2.2.1. It checks"
    "every Session against the specification field by field and says what is wrong,"
    "where (a JSON Pointer) and which section says so. It polls an OCPI endpoint and"
    "shows the sessions, their charging periods, charts and alerts. The same program"
    "validates files and polls endpoints from the command line (validate, poll,"
    "simulate).")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "") # no source packages: the git repository is the source

# Debian: file name ocpi-session-monitor_VERSION_ARCH.deb; the Qt, simdjson and C++ runtime libraries come from
# dpkg-shlibdeps (Debian dpkg-dev). Two runtime needs are plugins, which no shared-library scan finds: the xcb
# platform plugin (qt6-qpa-plugins) and the SVG icon engine and image format (libqt6svg6) that draw the icon.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# The program's own translations (de, nl, fr) are built into it (translations/, resource :/i18n); Qt's strings in
# the standard dialogs come from Debian's Qt translations when installed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
