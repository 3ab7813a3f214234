// Compare versions: what changed between two versions of a listing, field by
// field with word-level highlights, and which findings appeared or were fixed.
#pragma once

#include "model/Listing.h"

#include <QDialog>

class QTextBrowser;

namespace proserv {

QString comparisonHtml(
    const Listing& before, const Listing& after, const QString& beforeName, const QString& afterName);

class CompareDialog : public QDialog {
    Q_OBJECT

public:
    CompareDialog(const Listing& before, const Listing& after, const QString& beforeName, const QString& afterName,
        QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace proserv
