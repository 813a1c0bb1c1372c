// The logging category of the OCPI client: "ocpi.client" (info and up by default).
#pragma once

#include <QtCore/QLoggingCategory>

namespace Ocpi::Net {
Q_DECLARE_LOGGING_CATEGORY(lcClient)
}
