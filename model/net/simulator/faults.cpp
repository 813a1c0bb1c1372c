#include "faults.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

#include <array>

namespace Ocpi::Sim {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ocpi::Sim::Faults)
};

constexpr std::array<Fault, 9> kAll{Fault::Http500,  Fault::Http429,   Fault::Status2001,
                                    Fault::Status3000, Fault::Slow,    Fault::Truncated,
                                    Fault::LinkLoop, Fault::Invalid, Fault::BadToken};
} // namespace

std::span<const Fault> allFaults()
{
    return kAll;
}

QLatin1StringView faultName(Fault f)
{
    switch (f) {
    case Fault::None: return QLatin1StringView("none");
    case Fault::Http500: return QLatin1StringView("500");
    case Fault::Http429: return QLatin1StringView("429");
    case Fault::Status2001: return QLatin1StringView("2001");
    case Fault::Status3000: return QLatin1StringView("3000");
    case Fault::Slow: return QLatin1StringView("slow");
    case Fault::Truncated: return QLatin1StringView("truncated");
    case Fault::LinkLoop: return QLatin1StringView("linkloop");
    case Fault::Invalid: return QLatin1StringView("invalid");
    case Fault::BadToken: return QLatin1StringView("badtoken");
    }
    return {};
}

bool parseFaults(QStringView list, Faults *out, QString *error)
{
    Faults faults;
    for (QStringView item : list.split(u',')) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        bool known = false;
        for (const Fault f : kAll) {
            if (item.compare(faultName(f), Qt::CaseInsensitive) == 0) {
                faults |= f;
                known = true;
                break;
            }
        }
        if (!known) {
            if (error) {
                QStringList names;
                for (const Fault f : kAll)
                    names << faultName(f);
                *error = Tr::tr("unknown fault '%1': use a comma-separated list of %2")
                             .arg(item.toString(), names.join(QStringLiteral(", ")));
            }
            return false;
        }
    }
    if (out)
        *out = faults;
    return true;
}

QString faultList(Faults faults)
{
    QStringList names;
    for (const Fault f : kAll) {
        if (faults.testFlag(f))
            names << faultName(f);
    }
    return names.join(u',');
}

} // namespace Ocpi::Sim
