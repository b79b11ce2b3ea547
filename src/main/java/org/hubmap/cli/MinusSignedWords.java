package org.hubmap.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Lets a position that starts with a minus sign be typed as people write it, {@code coord -33.5 151.2} or
 * {@code coord "-33.5 151.2"}: picocli takes a word that starts with a dash and is not a plain number for an
 * unknown option. When some word starts with a minus sign and a digit or a point, the command's words are moved
 * behind {@code --}, in their order, and its options stay in front, so {@code coord -33°30' 151.2 --json} still
 * prints JSON and {@code coord --bogus} is still an unknown option.
 */
final class MinusSignedWords implements IParameterPreprocessor {
    private static final String END_OF_OPTIONS = "--";

    @Override
    public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec argSpec, Map<String, Object> info) {
        // The top of the stack is the next word.
        List<String> inOrder = new ArrayList<>(args);
        Collections.reverse(inOrder);
        if (inOrder.stream().noneMatch(MinusSignedWords::startsWithMinusNumber)) {
            return false;
        }
        List<String> options = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            String arg = inOrder.get(i);
            if (arg.equals(END_OF_OPTIONS)) {
                words.addAll(inOrder.subList(i + 1, inOrder.size()));
                break;
            }
            int equals = arg.indexOf('=');
            OptionSpec option = arg.startsWith("-") ? spec.findOption(equals < 0 ? arg : arg.substring(0, equals))
                    : null;
            if (option != null) {
                options.add(arg);
                if (equals < 0 && option.arity().max() > 0 && i + 1 < inOrder.size()) {
                    options.add(inOrder.get(++i));
                }
            } else if (startsWithMinusNumber(arg) || !arg.startsWith("-") || arg.equals("-")) {
                words.add(arg);
            } else {
                options.add(arg);
            }
        }
        List<String> rewritten = new ArrayList<>(options);
        rewritten.add(END_OF_OPTIONS);
        rewritten.addAll(words);
        Collections.reverse(rewritten);
        args.clear();
        args.addAll(rewritten);
        return false;
    }

    /** A minus sign, then a digit or a decimal point: a number, not an option. */
    private static boolean startsWithMinusNumber(String arg) {
        return arg.length() > 1 && arg.charAt(0) == '-'
                && (Character.isDigit(arg.charAt(1)) || arg.charAt(1) == '.');
    }
}
