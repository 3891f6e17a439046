/** The JVM's own start-up, the issue-23 baseline: print hello and exit (bench/first-paint.sh). */
public final class JvmHello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
