"""Printed documents – the monthly report and the difficult-ticket sheet – and
the charts they share with the statistics window. Qt's painting (QtGui,
QtCharts, QtPrintSupport) without the window: the command line prints too."""
