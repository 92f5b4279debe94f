/*
 * The records of Kehou's WPS add-in in WPS's XML lists (publish.xml, authwebsite.xml), as
 * text: one self-closed element per line, the root element open and closed. Written in
 * ES3 so that Windows Script Host (install.wsf) runs the same code the tests run.
 */

/** The text without any line of Kehou's record (name="kehou"). */
function withoutKehou(text) {
  var lines = text.split(/\r?\n/);
  var out = [];
  for (var i = 0; i < lines.length; i++)
    if (lines[i].indexOf('name="kehou"') < 0) out.push(lines[i]);
  return out.join("\n");
}

/** The text of a list with Kehou's record `line` in it (the old one replaced), made if blank. */
function withKehou(text, root, line) {
  var close = "</" + root + ">";
  var body = withoutKehou(text || "");
  if (body.replace(/\s/g, "") === "")
    body = '<?xml version="1.0" encoding="UTF-8"?>\n<' + root + ">\n" + close + "\n";
  body = body.replace(new RegExp("<" + root + "\\s*/>"), "<" + root + ">\n" + close);
  var at = body.lastIndexOf(close);
  if (at < 0) return body + "\n<" + root + ">\n  " + line + "\n" + close + "\n";
  return body.slice(0, at) + "  " + line + "\n" + body.slice(at);
}

/** The record of the add-in in publish.xml (per-user list of WPS \u52a0\u8f7d\u9879). */
function publishRecord(version, url) {
  return (
    '<jsplugin name="kehou" type="et" url="' +
    url +
    '" version="' +
    version +
    '" enable="enable" install="null" customDomain=""/>'
  );
}

/** The record in authwebsite.xml, the list newer builds trust add-ins' pages from. */
function authRecord(url) {
  return '<website name="kehou" url="' + url + '" status="enable"/>';
}

// Node (the tests) takes the functions from here; Windows Script Host sees them as globals.
if (typeof module !== "undefined") {
  module.exports.withoutKehou = withoutKehou;
  module.exports.withKehou = withKehou;
  module.exports.publishRecord = publishRecord;
  module.exports.authRecord = authRecord;
}
