@echo off
rem Removes Kehou (after-school service) WPS add-in for the current user.
cscript //nologo "%~dp0uninstall.wsf"
pause
