// Findings by name: a test states which rules it expects rather than how many
// findings there are, so a wrong finding cannot stand in for a missing one.
#pragma once

#include "validation/Finding.h"

#include <QStringList>

#include <vector>

namespace proserv::test {

// The rule ids of `findings` with `severity`, sorted, each once.
inline QStringList ruleIdsOf(const std::vector<Finding>& findings, Severity severity)
{
    QStringList ids;
    for (const Finding& finding : findings)
        if (finding.severity == severity)
            ids << QString::fromStdString(finding.ruleId);
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

// What a draft holds that a change set cannot carry: judged as a draft
// again, each of these is an error (see docs/submission.md).
// Every rule that found something, whatever its severity, sorted and once each.
inline QStringList ruleIdsOf(const std::vector<Finding>& findings)
{
    QStringList ids;
    for (const Finding& finding : findings)
        ids << QString::fromStdString(finding.ruleId);
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

inline QStringList draftOnlyErrorRules()
{
    return {QStringLiteral("custinfo-attest-billing"), QStringLiteral("custinfo-attest-subscriber-data"),
        QStringLiteral("setup-attest-logo"), QStringLiteral("setup-attest-paid-seller"),
        QStringLiteral("setup-dimension-service"), QStringLiteral("usage-access-granted-email"),
        QStringLiteral("usage-access-pending-email"), QStringLiteral("usage-response-time"),
        QStringLiteral("usage-service-terms")};
}

} // namespace proserv::test
