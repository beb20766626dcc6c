@echo off
rem Starts Socialmap Studio on Windows: checks that JAVA_HOME is a JDK 21 or newer, then runs the
rem Equinox launcher of this installation (there is no native launcher) on the Eclipse workbench
rem with the studio's branding. Files given as arguments open in the workbench. The workspace is
rem SOCIALMAP_WORKSPACE if set, else %LOCALAPPDATA%\socialmap-studio\workspace; a '-data <folder>'
rem argument wins. JVM options may be added with SOCIALMAP_JAVA_OPTS.
rem Equinox keeps its caches in this installation's configuration folder, or, when that cannot be
rem written (e.g. under Program Files), in %USERPROFILE%\.eclipse.
setlocal EnableExtensions DisableDelayedExpansion

set "install=%~dp0"

if not defined JAVA_HOME goto no_java_home
rem set JAVA_HOME="C:\...\jdk" keeps the quotes in the value: drop them.
set "JAVA_HOME=%JAVA_HOME:"=%"
if not exist "%JAVA_HOME%\bin\java.exe" goto no_java
rem A JDK's release file says JAVA_VERSION="21.0.5" (or "1.8.0_402" for Java 8).
if not exist "%JAVA_HOME%\release" goto no_java
set "java_version="
for /f "usebackq tokens=2 delims==" %%v in (`findstr /b /c:"JAVA_VERSION=" "%JAVA_HOME%\release"`) do set "java_version=%%~v"
if not defined java_version goto no_java
set "java_major="
for /f "delims=." %%m in ("%java_version%") do set "java_major=%%m"
set /a java_major_number=java_major 2>nul
if %java_major_number% LSS 21 goto old_java

set "launcher="
for %%j in ("%install%plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~fj"
if not defined launcher goto broken_installation

rem Is the workspace chosen with -data? (Shifting leaves the whole argument list as it was.)
set "workspace_chosen="
:scan_arguments
if "%~1"=="" goto arguments_scanned
if /i "%~1"=="-data" set "workspace_chosen=yes"
shift
goto scan_arguments
:arguments_scanned

set "workspace_arguments="
if defined workspace_chosen goto start
set "workspace=%SOCIALMAP_WORKSPACE%"
if not defined workspace if defined LOCALAPPDATA set "workspace=%LOCALAPPDATA%\socialmap-studio\workspace"
if not defined workspace goto no_workspace
if not exist "%workspace%\" mkdir "%workspace%" 2>nul
if not exist "%workspace%\" goto workspace_not_created
rem The value holds its own quotes, so a folder with spaces stays one argument.
set workspace_arguments=-data "%workspace%"

:start
"%JAVA_HOME%\bin\java.exe" -Djava.util.logging.config.file="%install%logging.properties" -Dguice_bytecode_gen_option=DISABLED %SOCIALMAP_JAVA_OPTS% -jar "%launcher%" %workspace_arguments% %*
exit /b %errorlevel%

:no_java_home
echo socialmap-studio: no Java found: set JAVA_HOME to a JDK 21 or newer, e.g. set "JAVA_HOME=C:\Program Files\Eclipse Adoptium\jdk-21.0.5.11-hotspot" 1>&2
exit /b 2

:no_java
echo socialmap-studio: JAVA_HOME is "%JAVA_HOME%", which is not a JDK: set JAVA_HOME to a JDK 21 or newer 1>&2
exit /b 2

:old_java
echo socialmap-studio: JAVA_HOME is "%JAVA_HOME%", a Java %java_version%: Socialmap Studio needs Java 21 or newer; set JAVA_HOME to one 1>&2
exit /b 2

:broken_installation
echo socialmap-studio: broken installation: no plugins\org.eclipse.equinox.launcher_*.jar in %install% 1>&2
exit /b 2

:no_workspace
echo socialmap-studio: LOCALAPPDATA and SOCIALMAP_WORKSPACE are unset: pass -data ^<workspace folder^> 1>&2
exit /b 2

:workspace_not_created
echo socialmap-studio: cannot create the workspace %workspace% (set SOCIALMAP_WORKSPACE or pass -data ^<folder^>) 1>&2
exit /b 2
