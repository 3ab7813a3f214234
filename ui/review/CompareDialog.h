// Compare versions: what changed between two versions of a listing or of an
// offer, field by field with word-level highlights, and which findings
// appeared or were fixed.
#pragma once

#include "model/Listing.h"
#include "model/ListingDiff.h"
#include "validation/OfferValidator.h"
#include "validation/Validator.h"

#include <QDialog>

class QTextBrowser;

namespace proserv {

// The comparison of any two versions, as the dialog shows it. Fields are
// named as people name them, rows by their own names from `before` and
// `after` (the versions' native JSON) when given; the pointer is the tooltip.
QString comparisonHtml(const std::vector<FieldChange>& changes, const FindingDiff& findings,
    const QString& beforeName, const QString& afterName, const Json* before = nullptr, const Json* after = nullptr);
// Two versions of a listing, each judged by the listing rules.
QString comparisonHtml(
    const Listing& before, const Listing& after, const QString& beforeName, const QString& afterName);
// Two versions of an offer, both judged in `context` (today, its product).
QString comparisonHtml(const OfferDraft& before, const OfferDraft& after, const OfferContext& context,
    const QString& beforeName, const QString& afterName);

class CompareDialog : public QDialog {
    Q_OBJECT

public:
    CompareDialog(const Listing& before, const Listing& after, const QString& beforeName, const QString& afterName,
        QWidget* parent = nullptr);
    // A comparison made by comparisonHtml().
    explicit CompareDialog(const QString& comparison, QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace proserv
