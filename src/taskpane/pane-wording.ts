/**
 * Text of the jobs as the pane shows it: the checks' messages are written for the command
 * line too, and name its options (--month); in the pane the same advice points to the
 * settings instead, since the pane has no options to pass.
 */
export function withoutCommandLine(text: string): string {
  return text
    .replace(/请用 --month YYYY-MM 指定，或在设置表中填写「月份」/g, "请在设置中填写「月份」")
    .replace(/运行时加 --month YYYY-MM，或在设置表中填写「月份」/g, "在设置中填写「月份」")
    .replace(/，或用 --month 选择已有的月份/g, "，或在设置中填写已有考勤表的「月份」")
    .replace(
      /give --month YYYY-MM or fill 月份 in the settings sheet/g,
      "fill 月份 in the settings"
    )
    .replace(/\s*--month\s+\S+/g, "");
}
