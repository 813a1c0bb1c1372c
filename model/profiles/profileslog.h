// The logging category of endpoint profiles and their tokens: "osm.profiles". Tokens never reach it.
#pragma once

#include <QtCore/QLoggingCategory>

namespace Profiles {
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
}
