/**
 * A SUMIFS/COUNTIFS criterion that matches exactly the text in `cell`: a criterion is a
 * pattern, where * and ? are wildcards, ~ escapes them, and a leading = < > is an operator
 * (https://support.microsoft.com/office/sumifs-function-c9e748f5-7ea7-455d-9406-611cebce642b),
 * so a class named 一年级* would sum every 一年级 class and one named =1+1 nothing. Escaping
 * ~ * ? and prefixing "=" leaves only the text itself. The class name stays in its cell,
 * never spliced into the formula.
 *
 * @example exactTextCriterion("C20") //=> '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(C20,"~","~~"),"*","~*"),"?","~?")'
 */
export function exactTextCriterion(cell: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}
