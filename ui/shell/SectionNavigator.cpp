#include "ui/shell/SectionNavigator.h"

#include "qtsupport/Translation.h"
#include "ui/form/DocumentForm.h"
#include "ui/form/FieldBlock.h"

namespace proserv {

SectionNavigator::SectionNavigator(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("sectionList"));
    setAccessibleName(tr("Sections"));
    setIconSize(QSize(16, 16));
    setSpacing(3);
    setStyleSheet(QStringLiteral("QListWidget { padding: 6px; } QListWidget::item { padding: 4px 6px; }"));
    setMinimumWidth(220);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_form && row >= 0)
            m_form->setCurrentIndex(row);
    });
}

void SectionNavigator::setForm(DocumentForm* form)
{
    if (m_form)
        disconnect(m_form, nullptr, this, nullptr);
    m_form = form;
    {
        const QSignalBlocker quiet(this); // the form keeps its page
        clear();
        for (int i = 0; i < form->sectionCount(); ++i)
            addItem(form->sectionTitle(i));
        setCurrentRow(form->currentIndex());
    }
    connect(form, &QStackedWidget::currentChanged, this, [this](int row) { setCurrentRow(row); });
    connect(form, &DocumentForm::countsChanged, this, &SectionNavigator::updateLabels);
    updateLabels();
}

void SectionNavigator::showNext()
{
    if (count() > 0)
        setCurrentRow((currentRow() + 1) % count());
}

void SectionNavigator::showPrevious()
{
    if (count() > 0)
        setCurrentRow((currentRow() + count() - 1) % count());
}

void SectionNavigator::updateLabels()
{
    for (int i = 0; i < count(); ++i) {
        const SectionCounts counts = m_form->countsOf(i);
        QListWidgetItem* row = item(i);
        QString text = m_form->sectionTitle(i);
        QStringList parts;
        if (counts.errors)
            parts << severityCount(Severity::Error, counts.errors);
        if (counts.warnings)
            parts << severityCount(Severity::Warning, counts.warnings);
        if (!parts.isEmpty())
            text += QLatin1Char('\n') + parts.join(QStringLiteral(", "));
        if (row->text() == text)
            continue; // unchanged: no relayout while typing
        row->setText(text);
        row->setIcon(counts.errors ? severityIcon(Severity::Error)
                : counts.warnings  ? severityIcon(Severity::Warning)
                                   : QIcon());
        row->setData(Qt::AccessibleTextRole, QString(text).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    }
}

} // namespace proserv
