#include "sandbox/faults/FaultSwitchboard.h"

#include <QDateTime>

namespace ccri::sandbox {

namespace {
QString specText(const Fault& fault, const QString& value)
{
    return value.isEmpty() ? fault.name() : fault.name() + QLatin1Char('=') + value;
}
} // namespace

FaultSwitchboard::FaultSwitchboard(QObject* parent)
    : QObject(parent)
{
}

std::optional<std::pair<Fault, QString>> FaultSwitchboard::parse(const QString& spec, QString* error)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    const QString name = (eq < 0 ? spec : spec.left(eq)).trimmed();
    const QString value = eq < 0 ? QString() : spec.mid(eq + 1).trimmed();
    const std::optional<Fault> fault = Fault::find(name);
    if (!fault) {
        QStringList names;
        for (const Fault& known : Fault::all())
            names << (known.takesValue() ? known.name() + QLatin1Char('=') + known.valueHint() : known.name());
        if (error)
            *error = tr("There is no fault called \"%1\". The faults are: %2.")
                         .arg(name, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (fault->takesValue() && eq < 0) {
        if (error)
            *error = tr("The fault %1 needs a value: %1=%2.").arg(fault->name(), fault->valueHint());
        return std::nullopt;
    }
    const std::optional<QString> checked = fault->checkValue(value, error);
    if (!checked)
        return std::nullopt;
    return std::make_pair(*fault, *checked);
}

bool FaultSwitchboard::switchOn(const QString& spec, QString* error)
{
    const auto parsed = parse(spec, error);
    if (!parsed)
        return false;
    const auto& [fault, value] = *parsed;
    {
        QWriteLocker locker(&m_lock);
        if (m_on.contains(fault.id()) && m_on.value(fault.id()) == value)
            return true;
        m_on.insert(fault.id(), value);
        m_count = static_cast<int>(m_on.size());
    }
    emit logged(logLine(tr("%1 switched on: %2").arg(specText(fault, value), fault.meaning())));
    if (fault.id() == Fault::Id::PkceLenient)
        emit logged(logLine(pkceWarning()));
    emit changed();
    return true;
}

bool FaultSwitchboard::switchOff(const QString& name, QString* error)
{
    const std::optional<Fault> fault = Fault::find(name);
    if (!fault) {
        if (error)
            *error = tr("There is no fault called \"%1\".").arg(name);
        return false;
    }
    {
        QWriteLocker locker(&m_lock);
        if (m_on.remove(fault->id()) == 0)
            return true;
        m_count = static_cast<int>(m_on.size());
    }
    emit logged(logLine(tr("%1 switched off").arg(fault->name())));
    emit changed();
    return true;
}

void FaultSwitchboard::switchOffAll()
{
    const QList<Fault::Id> on = snapshot().keys();
    for (const Fault& fault : Fault::all()) {
        if (on.contains(fault.id()))
            switchOff(fault.name(), nullptr);
    }
}

bool FaultSwitchboard::isOn(Fault::Id id) const
{
    if (m_count.load(std::memory_order_acquire) == 0)
        return false;
    QReadLocker locker(&m_lock);
    return m_on.contains(id);
}

QString FaultSwitchboard::value(Fault::Id id) const
{
    QReadLocker locker(&m_lock);
    return m_on.value(id);
}

QMap<Fault::Id, QString> FaultSwitchboard::snapshot() const
{
    QReadLocker locker(&m_lock);
    return m_on;
}

QString FaultSwitchboard::summary() const
{
    const QMap<Fault::Id, QString> on = snapshot();
    QStringList parts;
    for (const Fault& fault : Fault::all()) {
        if (on.contains(fault.id()))
            parts << specText(fault, on.value(fault.id()));
    }
    return parts.join(QLatin1Char(' '));
}

void FaultSwitchboard::acted(Fault::Id id, const QString& what)
{
    for (const Fault& fault : Fault::all()) {
        if (fault.id() == id) {
            emit logged(logLine(QStringLiteral("%1 acted: %2").arg(specText(fault, value(id)), what)));
            return;
        }
    }
}

QString FaultSwitchboard::pkceWarning()
{
    return tr("WARNING: this sandbox is LENIENT about PKCE (pkce=lenient). It accepts the plain method and a missing "
              "code_verifier, so a stolen authorization code can be redeemed by anyone. For a training demonstration "
              "only.");
}

QString FaultSwitchboard::logLine(const QString& text)
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QStringLiteral(" FAULT ") + text;
}

} // namespace ccri::sandbox
