// The logging category of the offline cache: "ocpi.store" (info and up by default).
#pragma once

#include <QtCore/QLoggingCategory>

namespace Ocpi::Store {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
}
