// The guideline behind a finding, one click away: shows the section of the
// bundled AWS Marketplace guidelines that a finding's anchor names.
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
    QString m_text;
    QString m_anchor;
};

} // namespace proserv
