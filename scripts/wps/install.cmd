@echo off
rem Installs Kehou (after-school service) WPS add-in for the current user.
cscript //nologo "%~dp0install.wsf"
pause
