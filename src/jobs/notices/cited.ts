/**
 * A sentence with the clause it cites, as printed: "…（§三(五)2）"; alone where the profile
 * labels no clause for it (an optional label left out), never with another city's label.
 */
export function cited(text: string, clause: string | undefined): string {
  return clause ? `${text}（${clause}）` : text;
}
