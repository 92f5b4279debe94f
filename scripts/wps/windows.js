/* global ActiveXObject, WScript, withKehou, withoutKehou, publishRecord, authRecord */
/*
 * Kehou's WPS add-in on Windows, run by Windows Script Host (install.wsf, uninstall.wsf, with
 * records.js): the folder kehou_VERSION in %APPDATA%\kingsoft\wps\jsaddons and Kehou's
 * records in publish.xml and authwebsite.xml. The lists are read and written as UTF-8
 * without a byte-order mark (ADODB.Stream), so other add-ins' Chinese names survive.
 */
var VERSION = "@VERSION@";
var shell = new ActiveXObject("WScript.Shell");
var fso = new ActiveXObject("Scripting.FileSystemObject");
var here = fso.GetParentFolderName(WScript.ScriptFullName);
var dir = shell.ExpandEnvironmentStrings("%APPDATA%") + "\\kingsoft\\wps\\jsaddons";

function readUtf8(path) {
  if (!fso.FileExists(path)) return "";
  var s = new ActiveXObject("ADODB.Stream");
  s.Type = 2;
  s.Charset = "utf-8";
  s.Open();
  s.LoadFromFile(path);
  var text = s.ReadText();
  s.Close();
  return text;
}

function writeUtf8(path, text) {
  var s = new ActiveXObject("ADODB.Stream");
  s.Type = 2;
  s.Charset = "utf-8";
  s.Open();
  s.WriteText(text);
  s.Position = 3; // past the byte-order mark ADODB writes
  var bytes = new ActiveXObject("ADODB.Stream");
  bytes.Type = 1;
  bytes.Open();
  s.CopyTo(bytes);
  bytes.SaveToFile(path, 2);
  bytes.Close();
  s.Close();
}

function makeFolders(path) {
  if (fso.FolderExists(path)) return;
  makeFolders(fso.GetParentFolderName(path));
  fso.CreateFolder(path);
}

/** Deletes the add-in's folder of every version a record names, and of this version. */
function removeFolders(publish) {
  var found = /name="kehou"[^>]*version="([^"]+)"/.exec(publish);
  var versions = [VERSION];
  if (found) versions.push(found[1]);
  for (var i = 0; i < versions.length; i++) {
    var folder = dir + "\\kehou_" + versions[i];
    if (fso.FolderExists(folder)) fso.DeleteFolder(folder, true);
  }
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by install.wsf
function install() {
  var src = here + "\\kehou_" + VERSION;
  if (!fso.FolderExists(src)) {
    WScript.Echo("\u627e\u4e0d\u5230\u52a0\u8f7d\u9879\u6587\u4ef6\u5939\uff1a" + src);
    WScript.Quit(1);
  }
  makeFolders(dir);
  var publish = readUtf8(dir + "\\publish.xml");
  removeFolders(publish);
  fso.CopyFolder(src, dir + "\\kehou_" + VERSION, true);
  var url = "file:///" + (dir + "\\kehou_" + VERSION + "\\").replace(/\\/g, "/");
  writeUtf8(dir + "\\publish.xml", withKehou(publish, "jsplugins", publishRecord(VERSION, url)));
  var auth = dir + "\\authwebsite.xml";
  writeUtf8(auth, withKehou(readUtf8(auth), "websites", authRecord(url)));
  WScript.Echo(
    "\u5df2\u5b89\u88c5\u5230 " +
      dir +
      "\\kehou_" +
      VERSION +
      "\uff1b\u8bf7\u91cd\u65b0\u6253\u5f00 WPS \u8868\u683c\uff0c\u9009\u9879\u5361\u300c\u8bfe\u540e\u670d\u52a1\u300d\u3002"
  );
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by uninstall.wsf
function uninstall() {
  var publish = readUtf8(dir + "\\publish.xml");
  removeFolders(publish);
  var lists = [dir + "\\publish.xml", dir + "\\authwebsite.xml"];
  for (var i = 0; i < lists.length; i++)
    if (fso.FileExists(lists[i])) writeUtf8(lists[i], withoutKehou(readUtf8(lists[i])));
  WScript.Echo(
    "\u5df2\u5378\u8f7d Kehou WPS \u52a0\u8f7d\u9879\uff1b\u8bf7\u91cd\u65b0\u6253\u5f00 WPS \u8868\u683c\u3002"
  );
}
