# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_ticket_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NewTicketDialog(object):
    def setupUi(self, NewTicketDialog):
        if not NewTicketDialog.objectName():
            NewTicketDialog.setObjectName(u"NewTicketDialog")
        NewTicketDialog.resize(560, 620)
        NewTicketDialog.setMinimumSize(QSize(560, 0))
        self.layout = QVBoxLayout(NewTicketDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.number_label = QLabel(NewTicketDialog)
        self.number_label.setObjectName(u"number_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number = QLineEdit(NewTicketDialog)
        self.number.setObjectName(u"number")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.kind_label = QLabel(NewTicketDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(NewTicketDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.received_label = QLabel(NewTicketDialog)
        self.received_label.setObjectName(u"received_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received = QDateTimeEdit(NewTicketDialog)
        self.received.setObjectName(u"received")
        self.received.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.received)

        self.rule_label = QLabel(NewTicketDialog)
        self.rule_label.setObjectName(u"rule_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rule_label)

        self.rule = QComboBox(NewTicketDialog)
        self.rule.setObjectName(u"rule")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rule)

        self.due_label = QLabel(NewTicketDialog)
        self.due_label.setObjectName(u"due_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due = QDateTimeEdit(NewTicketDialog)
        self.due.setObjectName(u"due")
        self.due.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.due.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.due)

        self.title_label = QLabel(NewTicketDialog)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(NewTicketDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.title)

        self.content_label = QLabel(NewTicketDialog)
        self.content_label.setObjectName(u"content_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.content_label)

        self.content = QPlainTextEdit(NewTicketDialog)
        self.content.setObjectName(u"content")
        self.content.setMinimumSize(QSize(0, 90))
        self.content.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.content)

        self.address_label = QLabel(NewTicketDialog)
        self.address_label.setObjectName(u"address_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(NewTicketDialog)
        self.address.setObjectName(u"address")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.address)

        self.category_label = QLabel(NewTicketDialog)
        self.category_label.setObjectName(u"category_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category = QLineEdit(NewTicketDialog)
        self.category.setObjectName(u"category")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.category)

        self.caller_name_label = QLabel(NewTicketDialog)
        self.caller_name_label.setObjectName(u"caller_name_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.caller_name_label)

        self.caller_name = QLineEdit(NewTicketDialog)
        self.caller_name.setObjectName(u"caller_name")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.caller_name)

        self.caller_phone_label = QLabel(NewTicketDialog)
        self.caller_phone_label.setObjectName(u"caller_phone_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.caller_phone_label)

        self.caller_phone = QLineEdit(NewTicketDialog)
        self.caller_phone.setObjectName(u"caller_phone")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.caller_phone)

        self.caller_address_label = QLabel(NewTicketDialog)
        self.caller_address_label.setObjectName(u"caller_address_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.caller_address_label)

        self.caller_address = QLineEdit(NewTicketDialog)
        self.caller_address.setObjectName(u"caller_address")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.caller_address)

        self.confidential = QCheckBox(NewTicketDialog)
        self.confidential.setObjectName(u"confidential")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.confidential)


        self.layout.addLayout(self.form)

        self.duplicates = QLabel(NewTicketDialog)
        self.duplicates.setObjectName(u"duplicates")
        self.duplicates.setTextFormat(Qt.RichText)
        self.duplicates.setWordWrap(True)

        self.layout.addWidget(self.duplicates)

        self.error = QLabel(NewTicketDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #c62828")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(NewTicketDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number)
        self.kind_label.setBuddy(self.kind)
        self.received_label.setBuddy(self.received)
        self.rule_label.setBuddy(self.rule)
        self.due_label.setBuddy(self.due)
        self.title_label.setBuddy(self.title)
        self.content_label.setBuddy(self.content)
        self.address_label.setBuddy(self.address)
        self.category_label.setBuddy(self.category)
        self.caller_name_label.setBuddy(self.caller_name)
        self.caller_phone_label.setBuddy(self.caller_phone)
        self.caller_address_label.setBuddy(self.caller_address)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number, self.kind)
        QWidget.setTabOrder(self.kind, self.received)
        QWidget.setTabOrder(self.received, self.rule)
        QWidget.setTabOrder(self.rule, self.due)
        QWidget.setTabOrder(self.due, self.title)
        QWidget.setTabOrder(self.title, self.content)
        QWidget.setTabOrder(self.content, self.address)
        QWidget.setTabOrder(self.address, self.category)
        QWidget.setTabOrder(self.category, self.caller_name)
        QWidget.setTabOrder(self.caller_name, self.caller_phone)
        QWidget.setTabOrder(self.caller_phone, self.caller_address)
        QWidget.setTabOrder(self.caller_address, self.confidential)

        self.retranslateUi(NewTicketDialog)

        QMetaObject.connectSlotsByName(NewTicketDialog)
    # setupUi

    def retranslateUi(self, NewTicketDialog):
        NewTicketDialog.setWindowTitle(QCoreApplication.translate("NewTicketDialog", u"\u65b0\u5efa\u5de5\u5355", None))
        self.number_label.setText(QCoreApplication.translate("NewTicketDialog", u"\u5de5\u5355\u7f16\u53f7 *", None))
        self.kind_label.setText(QCoreApplication.translate("NewTicketDialog", u"\u8bc9\u6c42\u7c7b\u578b *", None))
        self.received_label.setText(QCoreApplication.translate("NewTicketDialog", u"\u53d7\u7406\u65f6\u95f4 *", None))
        self.rule_label.setText(QCoreApplication.translate("NewTicketDialog", u"\u65f6\u9650\u89c4\u5219 *", None))
        self.due_label.setText(QCoreApplication.translate("NewTicketDialog", u"\u529e\u7406\u65f6\u9650 *", None))
        self.title_label.setText(QCoreApplication.translate("NewTicketDialog", u"\u6807\u9898", None))
        self.content_label.setText(QCoreApplication.translate("NewTicketDialog", u"\u8bc9\u6c42\u5185\u5bb9 *", None))
        self.address_label.setText(QCoreApplication.translate("NewTicketDialog", u"\u5730\u5740", None))
        self.category_label.setText(QCoreApplication.translate("NewTicketDialog", u"\u5206\u7c7b", None))
        self.caller_name_label.setText(QCoreApplication.translate("NewTicketDialog", u"\u6765\u7535\u4eba", None))
        self.caller_phone_label.setText(QCoreApplication.translate("NewTicketDialog", u"\u6765\u7535\u53f7\u7801", None))
        self.caller_address_label.setText(QCoreApplication.translate("NewTicketDialog", u"\u6765\u7535\u4eba\u5730\u5740", None))
        self.confidential.setText(QCoreApplication.translate("NewTicketDialog", u"\u4fdd\u5bc6\u4ef6\uff08\u6765\u7535\u4eba\u8981\u6c42\u4fdd\u5bc6\uff09", None))
    # retranslateUi

