#include "validation/IamPolicyCheck.h"

#include "model/JsonIngest.h"

#include "model/SourceMap.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

namespace proserv {

namespace {

using PolicyJson = nlohmann::ordered_json;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// Action, Resource and Principal values may be a string or a list of strings.
std::vector<std::string> stringsOf(const PolicyJson& value)
{
    std::vector<std::string> out;
    if (value.is_string())
        out.push_back(value.get<std::string>());
    else if (value.is_array())
        for (const PolicyJson& item : value)
            if (item.is_string())
                out.push_back(item.get<std::string>());
    return out;
}

bool isReadOnlyAction(const std::string& action)
{
    const std::size_t colon = action.find(':');
    if (colon == std::string::npos)
        return false;
    const std::string verb = lower(action.substr(colon + 1));
    for (const char* prefix : {"get", "list", "describe", "view", "read", "search", "lookup", "batchget", "query"})
        if (verb.rfind(prefix, 0) == 0 && verb != "*")
            return true;
    return false;
}

bool isBillingAction(const std::string& action)
{
    const std::string a = lower(action);
    if (a == "*")
        return true;
    for (const char* service : {"aws-portal:", "billing:", "payments:", "purchase-orders:", "invoicing:", "tax:",
             "consolidatedbilling:", "cur:", "freetier:"})
        if (a.rfind(service, 0) == 0)
            return true;
    // The account: namespace is mostly contact details and Regions; only its
    // alternate contacts hold the billing contact.
    return a == "account:*" || a.find("alternatecontact") != std::string::npos;
}

// True when a Condition key of the statement (any operator) is one of `keys` (lower case).
bool conditionHasKey(const PolicyJson& statement, std::initializer_list<const char*> keys)
{
    const auto condition = statement.find("Condition");
    if (condition == statement.end() || !condition->is_object())
        return false;
    for (const auto& [op, operands] : condition->items()) {
        (void)op;
        if (!operands.is_object())
            continue;
        for (const auto& [key, value] : operands.items()) {
            (void)value;
            const std::string k = lower(key);
            if (std::any_of(keys.begin(), keys.end(), [&](const char* wanted) { return k == wanted; }))
                return true;
        }
    }
    return false;
}

bool conditionMentionsExternalId(const PolicyJson& statement)
{
    return conditionHasKey(statement, {"sts:externalid"});
}

// A Condition that narrows "*" to an account or organization (an external ID
// does not: anyone who learns it could assume the role).
bool conditionNarrowsPrincipal(const PolicyJson& statement)
{
    return conditionHasKey(statement,
        {"aws:principalorgid", "aws:principalaccount", "aws:principalarn", "aws:sourceaccount", "aws:sourcearn",
            "aws:principalorgpaths", "aws:sourceorgid"});
}

// The statement's AWS principals ({"AWS": …}); "*" for "Principal": "*".
std::vector<std::string> awsPrincipals(const PolicyJson& statement)
{
    const auto principal = statement.find("Principal");
    if (principal == statement.end())
        return {};
    if (principal->is_string())
        return principal->get<std::string>() == "*" ? std::vector<std::string> {"*"} : std::vector<std::string> {};
    if (!principal->is_object())
        return {};
    const auto aws = principal->find("AWS");
    return aws == principal->end() ? std::vector<std::string> {} : stringsOf(*aws);
}

// Another AWS account as principal (not a service, not a federated IdP, not "*").
bool hasAccountPrincipal(const PolicyJson& statement)
{
    const std::vector<std::string> accounts = awsPrincipals(statement);
    return std::any_of(accounts.begin(), accounts.end(), [](const std::string& a) { return a != "*"; });
}

// "Principal": "*" or {"AWS": "*"} (alone or in a list): every AWS principal.
bool hasAnyPrincipal(const PolicyJson& statement)
{
    const std::vector<std::string> accounts = awsPrincipals(statement);
    return std::find(accounts.begin(), accounts.end(), "*") != accounts.end();
}

class PolicyReporter {
public:
    PolicyReporter(const std::string& text, const std::string& pointer, Reporter& reporter)
        : m_text(text), m_pointer(pointer), m_reporter(reporter)
    {
    }

    // Findings of one rule in one policy, listed one by one; beyond this the
    // rest are counted in one more finding (a policy of 100,000 statements
    // must not print 100,000 lines).
    static constexpr int kListedPerRule = 10;

    // `at` is a pointer inside the policy document ("/Statement/0/Action").
    void report(const char* rule, const std::string& at, MessageText message)
    {
        if (++m_count[rule] > kListedPerRule)
            return;
        if (!m_map) // positions are only needed when there is something to report
            m_map = SourceMap::build(m_text);
        const TextPosition pos = m_map->positionOf(at);
        // The range ends at the line's end, or 200 bytes on (a one-line policy
        // must not be searched to its end for every finding).
        const std::size_t limit = std::min(m_text.size(), pos.offset + 200);
        const std::size_t end = std::min(m_text.find('\n', pos.offset), limit);
        m_reporter.report(rule, m_pointer, EngineText::tr("line %1: %2").arg(pos.line).arg(std::move(message)),
            TextRange {pos.offset, std::max(end, pos.offset + 1)});
    }

    // One finding per rule for the ones not listed.
    void reportUnlisted()
    {
        for (const auto& [rule, count] : m_count)
            if (count > kListedPerRule)
                m_reporter.report(rule.c_str(), m_pointer,
                    EngineText::tr("and %n more statement(s) with the same problem, not listed one by one", nullptr,
                        static_cast<long long>(count - kListedPerRule)));
    }

private:
    const std::string& m_text;
    const std::string& m_pointer;
    Reporter& m_reporter;
    std::optional<SourceMap> m_map;
    std::map<std::string, int> m_count;
};

void checkStatement(const PolicyJson& st, const std::string& at, PolicyReporter& out)
{
    if (!st.is_object()) {
        out.report("iam-statement", at, EngineText::tr("each statement must be a JSON object."));
        return;
    }
    const auto effect = st.find("Effect");
    const bool allow = effect != st.end() && *effect == "Allow";
    if (effect == st.end() || !(allow || *effect == "Deny"))
        out.report("iam-effect", effect == st.end() ? at : at + "/Effect",
            EngineText::tr("\"Effect\" must be \"Allow\" or \"Deny\"."));

    const bool hasAction = st.contains("Action"), hasNotAction = st.contains("NotAction");
    if (hasAction == hasNotAction)
        out.report("iam-action", at,
            hasAction ? EngineText::tr("use either \"Action\" or \"NotAction\", not both.")
                      : EngineText::tr("the statement needs an \"Action\" (or \"NotAction\")."));
    // Trust and other resource-based policies name a Principal instead of a Resource.
    const bool resourceBased = st.contains("Principal") || st.contains("NotPrincipal");
    const bool hasResource = st.contains("Resource"), hasNotResource = st.contains("NotResource");
    if (!resourceBased && hasResource == hasNotResource)
        out.report("iam-resource", at,
            hasResource ? EngineText::tr("use either \"Resource\" or \"NotResource\", not both.")
                        : EngineText::tr("the statement needs a \"Resource\" (or \"NotResource\")."));
    if (!allow)
        return;

    const std::vector<std::string> actions = hasAction ? stringsOf(st["Action"]) : std::vector<std::string> {};
    const std::vector<std::string> resources = hasResource ? stringsOf(st["Resource"]) : std::vector<std::string> {};
    const bool starResource = std::find(resources.begin(), resources.end(), "*") != resources.end();

    if (hasNotAction)
        out.report("iam-allow-notaction", at + "/NotAction",
            EngineText::tr("\"Allow\" with \"NotAction\" grants every action not listed, including future ones; "
                           "list the actions you need in \"Action\" instead."));
    if (std::find(actions.begin(), actions.end(), "*") != actions.end())
        out.report("iam-star-action", at + "/Action",
            EngineText::tr("\"Action\": \"*\" grants every action; list only the actions the service needs."));
    if (starResource) {
        // "*" and iam:PassRole have findings of their own: one fault, one finding.
        const auto write = std::find_if(actions.begin(), actions.end(), [](const std::string& a) {
            const std::string l = lower(a);
            return !isReadOnlyAction(a) && l != "*" && l != "iam:passrole" && l != "iam:pass*";
        });
        if (write != actions.end())
            out.report("iam-star-resource-write", at + "/Resource",
                EngineText::tr("write action \"%1\" is allowed on every resource (\"Resource\": \"*\"); scope it "
                               "to the resources the service creates.")
                    .arg(*write));
        const bool passRole = std::any_of(actions.begin(), actions.end(), [](const std::string& a) {
            const std::string l = lower(a);
            return l == "iam:passrole" || l == "iam:*" || l == "iam:pass*";
        });
        if (passRole)
            out.report("iam-passrole-star", at + "/Action",
                EngineText::tr("iam:PassRole on every resource lets the holder give any role to a service (privilege "
                               "escalation); restrict \"Resource\" to the roles it must pass."));
    }
    const auto billing = std::find_if(actions.begin(), actions.end(), isBillingAction);
    if (billing != actions.end() && *billing != "*")
        out.report("iam-billing-access", at + "/Action",
            EngineText::tr("\"%1\" gives the seller access to the customer's billing or payment data, which "
                           "sellers may not collect; remove it.")
                .arg(*billing));

    const bool assumeRole = std::any_of(actions.begin(), actions.end(), [](const std::string& a) {
        const std::string l = lower(a);
        return l == "sts:assumerole" || l == "sts:*" || l == "*";
    });
    if (assumeRole && hasAnyPrincipal(st) && !conditionNarrowsPrincipal(st))
        out.report("iam-trust-any-principal", at + "/Principal",
            EngineText::tr("\"Principal\": \"*\" lets every AWS account assume this role; name the seller's account "
                           "(\"arn:aws:iam::ACCOUNT-ID:root\") and require \"sts:ExternalId\", or add a condition on "
                           "aws:PrincipalAccount or aws:PrincipalOrgID."));
    else if (assumeRole && hasAccountPrincipal(st) && !conditionMentionsExternalId(st))
        out.report("iam-trust-no-external-id", at + "/Principal",
            EngineText::tr("this trust policy lets another AWS account assume the role without an external ID; "
                           "add a Condition with \"sts:ExternalId\" (confused-deputy protection)."));
}

// Why the policy text could not be read, at its line and column.
void reportUnreadablePolicy(
    const JsonProblem& problem, const std::string& document, const std::string& pointer, Reporter& reporter)
{
    const std::size_t offset = problem.offset; // for a syntax error: where the mistake is
    const TextPosition pos = positionAtByteOffset(document, offset);
    MessageText message;
    switch (problem.kind) {
    case JsonProblem::Kind::NulByte:
        message = EngineText::tr("a NUL character at line %1, column %2; a policy document is plain text")
                      .arg(pos.line)
                      .arg(pos.column);
        break;
    case JsonProblem::Kind::TooDeep:
        message = EngineText::tr("nested too deeply at line %1, column %2; a policy document is a few levels deep")
                      .arg(pos.line)
                      .arg(pos.column);
        break;
    case JsonProblem::Kind::Syntax:
        message = EngineText::tr("not valid JSON at line %1, column %2: %3")
                      .arg(pos.line)
                      .arg(pos.column)
                      .arg(syntaxReason(problem));
        break;
    case JsonProblem::Kind::NumberOutOfRange:
        reporter.report(
            "iam-json-syntax", pointer, EngineText::tr("not valid JSON: a number is out of range"), TextRange {0, 0});
        return;
    case JsonProblem::Kind::DuplicateKey:
        // Parsers disagree on which one counts (a second "Effect": "Allow"
        // would silently win in some), so the policy is refused.
        message = EngineText::tr("the key \"%1\" appears twice in one object; JSON readers disagree on which one "
                                 "counts, so write it once")
                      .argValue(problem.key());
        break;
    }
    reporter.report(
        "iam-json-syntax", pointer, std::move(message), TextRange {offset, std::min(offset + 1, document.size())});
}

} // namespace

void checkIamPolicyDocument(const std::string& document, const std::string& pointer, Reporter& reporter)
{
    JsonIngest ingest = ingestJson(document);
    if (!ingest.ok()) {
        reportUnreadablePolicy(ingest.problems.front(), document, pointer, reporter);
        return;
    }
    const PolicyJson& policy = ingest.value;
    PolicyReporter out(document, pointer, reporter);
    if (!policy.is_object()) {
        out.report("iam-statement", "",
            EngineText::tr("a policy document is a JSON object with \"Version\" and \"Statement\"."));
        return;
    }
    const auto version = policy.find("Version");
    if (version == policy.end() || *version != "2012-10-17")
        out.report("iam-version", version == policy.end() ? "" : "/Version",
            EngineText::tr("\"Version\" must be \"2012-10-17\" (the current policy language version)."));

    const auto statement = policy.find("Statement");
    if (statement == policy.end() || (statement->is_array() && statement->empty())) {
        out.report("iam-statement", statement == policy.end() ? "" : "/Statement",
            EngineText::tr("the policy needs at least one statement in \"Statement\"."));
        return;
    }
    if (statement->is_object()) {
        checkStatement(*statement, "/Statement", out);
        return;
    }
    if (!statement->is_array()) {
        out.report(
            "iam-statement", "/Statement", EngineText::tr("\"Statement\" must be an object or a list of objects."));
        return;
    }
    for (std::size_t i = 0; i < statement->size(); ++i)
        checkStatement((*statement)[i], "/Statement/" + std::to_string(i), out);
    out.reportUnlisted();
}

} // namespace proserv
