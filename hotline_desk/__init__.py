"""hotline-desk: the desktop assistant of a county 12345 hotline office."""

__version__ = "0.1.0"

# The application's id: the package's directory under /opt/apps (UOS, Kylin),
# its desktop and autostart entries' names, and the Windows AppUserModelID
# (which the Start-menu shortcut carries too: without it Windows drops toasts).
APP_ID = "cn.hotlinedesk.desk"
