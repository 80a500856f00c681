#include "accounts/LinkRecord.h"

QString LinkRecord::stateName(LinkRecordState state)
{
    switch (state) {
    case LinkRecordState::NotLinked:
        return QStringLiteral("not_linked");
    case LinkRecordState::Linked:
        return QStringLiteral("linked");
    case LinkRecordState::GrantAgain:
        return QStringLiteral("grant_again");
    }
    return QStringLiteral("not_linked");
}

std::optional<LinkRecordState> LinkRecord::stateFromName(const QString &name)
{
    for (const LinkRecordState state :
         { LinkRecordState::NotLinked, LinkRecordState::Linked, LinkRecordState::GrantAgain }) {
        if (name == stateName(state))
            return state;
    }
    return std::nullopt;
}
