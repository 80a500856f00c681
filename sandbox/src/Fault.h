#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// One injected failure for one endpoint: "token:status:503:2" answers the next two token
// requests with HTTP 503. times = -1 keeps it until the faults are cleared.
struct Fault
{
    enum class Kind { Latency, Status, Malformed, Drop };

    QString endpoint; // authorize, login, grant, token, users-self, purview, patient
    Kind kind = Kind::Status;
    int value = 0; // latency: milliseconds; status: the HTTP status
    int times = -1;

    static QStringList endpointNames();
    static QStringList kindNames();
    static QList<int> supportedStatuses();
    static QString kindName(Kind kind);

    // ENDPOINT:KIND[:VALUE[:TIMES]] from the command line.
    static std::optional<Fault> fromSpec(const QString &spec, QString *error);
    // {"endpoint":..,"kind":..,"value":..,"times":..} from the admin API.
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

private:
    static std::optional<Fault> validated(const QString &endpoint, const QString &kind, int value,
                                          int times, QString *error);
};
