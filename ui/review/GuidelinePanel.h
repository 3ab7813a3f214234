// The guideline behind a finding, one click away: shows the section of the
// bundled AWS Marketplace guidelines that a finding's anchor names. In a
// language we have translated the guidelines into, our translation comes
// first, marked unofficial, with AWS's English text below it: AWS reviews
// against the English.
#pragma once

#include <QTextBrowser>

#include <string>

namespace proserv {

class GuidelinePanel : public QTextBrowser {
    Q_OBJECT

public:
    explicit GuidelinePanel(QWidget* parent = nullptr);
    void showGuideline(const std::string& anchor);
    QString currentAnchor() const { return m_anchor; }

private:
    static QString section(const QString& text, const QString& anchor); // empty if the anchor is not there

    QString m_text;
    QString m_translation; // the guidelines in the user's language, when bundled
    QString m_anchor;
};

} // namespace proserv
