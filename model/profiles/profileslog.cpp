#include "profileslog.h"

namespace Profiles {
Q_LOGGING_CATEGORY(lcProfiles, "osm.profiles", QtInfoMsg)
}
