import { writeFileSync } from "fs";
import path from "path";
import { profileSchemaText } from "./profile-schema-gen";

/** Writes src/policy/profile.schema.json from the Profile type (npm run docs). */
writeFileSync(
  path.join(__dirname, "..", "src", "policy", "profile.schema.json"),
  profileSchemaText()
);
