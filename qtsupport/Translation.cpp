#include "qtsupport/Translation.h"

#include "validation/SensitiveData.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace proserv {

namespace {

std::vector<std::unique_ptr<QTranslator>>& installedTranslators()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

bool installTranslations(const QLocale& locale)
{
    auto& installed = installedTranslators();
    for (const auto& translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();

    auto load = [&](const QLocale& language, const QString& name, const QString& folder) -> QTranslator* {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(language, name, QStringLiteral("_"), folder))
            return nullptr;
        QCoreApplication::installTranslator(translator.get());
        installed.push_back(std::move(translator));
        return installed.back().get();
    };
    // The sources are English but say "%n error(s)"; the English catalogue
    // only holds the plural forms and is the fallback for every language.
    load(QLocale(QLocale::English), QStringLiteral("proserv"), QStringLiteral(":/i18n"));
    // Missing Qt translations (qt6-translations-l10n not installed) only leave
    // Qt's standard buttons in English.
    load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Installed last, so it is searched first. QTranslator walks the locale's
    // UI languages in order (LANGUAGE=de:en before LANG), as users expect.
    const QTranslator* own = load(locale, QStringLiteral("proserv"), QStringLiteral(":/i18n"));
    return own
        && (QLocale(own->language()).language() != QLocale::English || locale.language() == QLocale::English
            || locale.language() == QLocale::C);
}

QString translatedSource(const char* englishSource)
{
    return QCoreApplication::translate("EngineText", englishSource);
}

namespace {

std::string translateEngineSource(const char* source, long long count)
{
    return QCoreApplication::translate("EngineText", source, nullptr, count >= 0 ? static_cast<int>(count) : -1)
        .toStdString();
}

} // namespace

QString translated(const MessageText& text)
{
    return QString::fromStdString(text.render(translateEngineSource));
}

QString translated(const LoadError& error)
{
    // A load error may quote the file ("unknown value \"4111…\""): secrets masked.
    return QString::fromStdString(maskSecretsIn(error.toString(translateEngineSource)));
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("Severity", "error");
    case Severity::Warning: return QCoreApplication::translate("Severity", "warning");
    case Severity::Info: break;
    }
    return QCoreApplication::translate("Severity", "info");
}

QString severityCount(Severity severity, int count)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("Severity", "%n error(s)", nullptr, count);
    case Severity::Warning: return QCoreApplication::translate("Severity", "%n warning(s)", nullptr, count);
    case Severity::Info: break;
    }
    return QCoreApplication::translate("Severity", "%n note(s)", nullptr, count);
}

QString accessMethodName(AccessMethod method)
{
    return method == AccessMethod::Immediate
        ? QCoreApplication::translate("ListingValues", "Immediately after subscribing")
        : QCoreApplication::translate("ListingValues", "The seller contacts the customer");
}

QString provisioningName(Provisioning provisioning)
{
    switch (provisioning) {
    case Provisioning::StsRoleAssumption:
        return QCoreApplication::translate("ListingValues", "AWS STS role assumption");
    case Provisioning::IamRole: return QCoreApplication::translate("ListingValues", "IAM role");
    case Provisioning::IamUser: return QCoreApplication::translate("ListingValues", "IAM user");
    case Provisioning::SharedAccessKeys:
        return QCoreApplication::translate("ListingValues", "Shared access keys (not allowed)");
    case Provisioning::Unspecified: break;
    }
    return QCoreApplication::translate("ListingValues", "Not specified");
}

} // namespace proserv
